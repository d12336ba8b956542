import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { createTestRepository } from "../helpers/git-repo.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

/**
 * The promise of `format` to officials who edit through a form: a Git-based CMS rewrites the whole front
 * matter its own way (keys in its order, its own quoting, everything one key per line), and after
 * `format` the pull request shows only the lines the official changed. Checked with real Git.
 */

const PATH = "agreements/vm/vm-statssekreterare.md";
const GOALS = "goals/2020.md";

interface Data {
  goals: { measures?: string[]; meters?: { target: string }[] }[];
}

/** Writes the file as a CMS would: the data re-serialised from scratch, keys sorted, single quotes, all blocks. */
function saveAsACmsWould(text: string, edit: (data: Data) => void): string {
  const [, yaml = "", ...body] = text.split(/^---$/m);
  const data = parse(yaml, { version: "1.2", schema: "core" }) as Data;
  edit(data);
  return `---\n${stringify(data, { sortMapEntries: true, singleQuote: true, lineWidth: 60, indentSeq: false })}---${body.join("---")}`;
}

async function run(dir: string, env: Record<string, string>, ...argv: string[]) {
  const { status: code, stdout } = await runCli(argv, { cwd: dir, env });
  return { code, stdout };
}

describe("a form editor's save, then agreements format", () => {
  it("leaves in git diff only the changed target and the added development measure, and the file passes lint", async () => {
    const repo = await createTestRepository();
    const original = readFileSync(join(REPOSITORY_ROOT, PATH), "utf8");
    await repo.commit({ files: { [PATH]: original, [GOALS]: readFileSync(join(REPOSITORY_ROOT, GOALS), "utf8") }, message: "Avtalet" });

    const saved = saveAsACmsWould(original, (data) => {
      data.goals[0]!.meters![0]!.target = ">= 85 %";
      data.goals[1]!.measures!.push("Mentorprogram för nya chefer");
    });
    writeFileSync(join(repo.dir, PATH), saved);
    // The CMS's own form is far from ours: without format, the diff would be most of the front matter.
    const before = await repo.run(["diff", "--numstat", "--", PATH]);
    expect(Number(before.split("\t")[0])).toBeGreaterThan(30);

    expect((await run(repo.dir, repo.env, "format", PATH)).code).toBe(0);

    const diff = await repo.run(["diff", "--unified=0", "--no-color", "--", PATH]);
    const changed = diff.split("\n").filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed).toEqual([
      '-      - { name: Andel propositioner med konsekvensbedömning, target: ">= 80 %", baseline: "55 % (2019)" }',
      '+      - { name: Andel propositioner med konsekvensbedömning, target: ">= 85 %", baseline: "55 % (2019)" }',
      "+      - Mentorprogram för nya chefer",
    ]);
    expect(await run(repo.dir, repo.env, "lint", "--today", "2020-05-01")).toMatchObject({ code: 0 });
  });
});
