import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { chooseCatalogue } from "../../scripts/layout/catalogues.js";
import { agreementPath, catalogueYear, cataloguePath, fileKind, isAgreementPath, isCataloguePath } from "../../scripts/layout/paths.js";
import { UsageError, UserError } from "../../scripts/errors.js";
import type { FileSummary } from "../../scripts/model/summary.js";
import type { Catalogue } from "../../scripts/model/types.js";
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
    const entryPoints = new Set(["scripts/lint/worker.ts", "scripts/build/precompile-validators.ts"]);
    const importers = sourceFiles(SCRIPTS)
      .map((file) => relative(REPOSITORY_ROOT, file).split("\\").join("/"))
      .filter((file) => !file.startsWith("scripts/commands/") && !file.startsWith("scripts/rules/") && !entryPoints.has(file))
      .filter((file) => /from "\.\.\/rules\/index\.js"|import\("\.\.\/rules\/index\.js"\)/.test(readFileSync(join(REPOSITORY_ROOT, file), "utf8")));
    expect(importers).toEqual([]);
  });
});

describe("chooseCatalogue", () => {
  const catalogue = (cycle: number) => ({ cycle }) as unknown as Catalogue;
  const files = [
    { path: "goals/2020.md", kind: "catalogue", catalogue: catalogue(2020) },
    { path: "goals/2021.md", kind: "catalogue", catalogue: catalogue(2021) },
    { path: "goals/2022.md", kind: "catalogue" },
  ] as unknown as FileSummary[];
  const refusal = (run: () => unknown): UsageError => {
    try {
      run();
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error("expected a refusal");
  };

  it("takes the year asked for, else the newest readable catalogue", () => {
    expect(chooseCatalogue(2020, files).entry.path).toBe("goals/2020.md");
    expect(chooseCatalogue(undefined, files).cycle).toBe(2021);
    expect([...chooseCatalogue(undefined, files).catalogues.keys()]).toEqual([2020, 2021]);
  });

  it("says in the command's words why there is none: none at all, an unreadable file, or no file for the year", () => {
    const wording = { none: "none.", unreadable: (year: number) => `${year} unreadable.`, helpHint: { unreadable: false } };
    expect(refusal(() => chooseCatalogue(undefined, [], wording)).message).toBe("none.");
    const unreadable = refusal(() => chooseCatalogue(2022, files, wording));
    expect([unreadable.message, unreadable instanceof UsageError]).toEqual(["2022 unreadable.", false]);
    const absent = refusal(() => chooseCatalogue(2030, files, wording));
    expect([absent.message, absent instanceof UsageError]).toEqual(["there is no goal catalogue for 2030 (goals/2030.md). Catalogues exist for: 2020, 2021.", true]);
  });
});
