import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementPath, catalogueYear, cataloguePath, fileKind, isAgreementPath, isCataloguePath } from "../../scripts/layout/paths.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

const SCRIPTS = join(REPOSITORY_ROOT, "scripts");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith(".ts") ? [join(folder, entry.name)] : [],
  );
}

describe("the layout of a repository", () => {
  it("builds and recognises the paths of agreements and catalogues", () => {
    expect(cataloguePath(2021)).toBe("goals/2021.md");
    expect(agreementPath("VM", "vm-statssekreterare")).toBe("agreements/vm/vm-statssekreterare.md");
    expect(catalogueYear("goals/2020.md")).toBe(2020);
    expect(catalogueYear("goals/archive/2019.md")).toBe(2019);
    expect(catalogueYear("goals/README.md")).toBeUndefined();
    expect(isCataloguePath("goals/2020.md")).toBe(true);
    expect(isCataloguePath("goals/notes.txt")).toBe(false);
    expect(fileKind("goals/2020.md")).toBe("catalogue");
    expect(fileKind("agreements/vm/x.md")).toBe("agreement");
    expect(isAgreementPath("agreements/vm/README.md")).toBe(false);
    expect(isAgreementPath("agreements/.hidden/x.md")).toBe(false);
  });

  it("is the only place that spells out goals/<year>.md", () => {
    const spelled = sourceFiles(SCRIPTS)
      .filter((file) => !file.startsWith(join(SCRIPTS, "layout")))
      .filter((file) => /goals\/\$\{/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPOSITORY_ROOT, file));
    expect(spelled).toEqual([]);
  });

  it("leaves the rule registry to the commands and the entry points: everything else is given the rules", () => {
    const entryPoints = new Set(["scripts/lint/worker.ts", "scripts/changes/diff-worker.ts", "scripts/build/precompile-validators.ts"]);
    const importers = sourceFiles(SCRIPTS)
      .map((file) => relative(REPOSITORY_ROOT, file).split("\\").join("/"))
      .filter((file) => !file.startsWith("scripts/commands/") && !file.startsWith("scripts/rules/") && !entryPoints.has(file))
      .filter((file) => /from "\.\.\/rules\/index\.js"|import\("\.\.\/rules\/index\.js"\)/.test(readFileSync(join(REPOSITORY_ROOT, file), "utf8")));
    expect(importers).toEqual([]);
  });
});
