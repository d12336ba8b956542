import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { createTestRepository } from "../helpers/git-repo.js";

/**
 * What `--help` and the usage errors promise, held to what the commands do: an official copies an
 * example and a maintainer trusts the option list. test/cli/commands-help.test.ts checks that every
 * command has its help at all.
 */

async function run(argv: readonly string[], cwd = REPOSITORY_ROOT, env?: Record<string, string>) {
  return runCli(argv, { cwd, ...(env ? { env } : {}) });
}

const commands = [...(await run(["--help"])).stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((match) => match[1]!);
const helps = new Map<string, string>();
for (const command of commands) helps.set(command, (await run([command, "--help"])).stdout);

/** The long options a help lists under "Options:", but --help itself. */
function optionsIn(help: string): string[] {
  const section = help.split(/^Options:$/m)[1]?.split(/^\S/m)[0] ?? "";
  return [...section.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((match) => match[1]!).filter((option) => option !== "--help");
}

/**
 * Whether the command's own flags include `option`, asked without running anything: after it comes an
 * option no command has, so the parse always fails, and it fails on `option` only when that is unknown.
 */
async function accepts(command: string, option: string): Promise<boolean> {
  const result = await run([command, `${option}=x`, "--no-command-has-this-option"]);
  expect(result.status).toBe(2);
  return !result.stderr.includes(`Unknown option '${option}'`);
}

describe("each command's --help", () => {
  it("names options, so the check below has something to check", () => {
    expect(optionsIn(helps.get("lint")!)).toEqual(expect.arrayContaining(["--format", "--lang", "--changed-since", "--list-rules"]));
    expect(optionsIn(helps.get("cms")!)).toEqual(expect.arrayContaining(["--repository", "--lang", "--local-port"]));
  });

  it("and the check can fail: an option no command has is not accepted", async () => {
    expect(await accepts("lint", "--no-such-flag")).toBe(false);
  });

  it.each(commands)("%s: every option its help names is one it accepts", async (command) => {
    const refused: string[] = [];
    for (const option of optionsIn(helps.get(command)!)) if (!(await accepts(command, option))) refused.push(option);
    expect(refused).toEqual([]);
  });

  it.each(commands)("%s: every line fits a terminal 120 columns wide, so none is broken where the terminal chooses", (command) => {
    expect(helps.get(command)!.split("\n").filter((line) => line.length > 120)).toEqual([]);
  });

  it.each(commands)("%s: an option its Usage line shows as needed is needed", async (command) => {
    const usage = helps.get(command)!.split("\n", 1)[0]!;
    // Options in [brackets] may be left out; the others must be given.
    const needed = [...usage.replace(/\[[^\]]*\]/g, "").matchAll(/(--[a-z][a-z-]*)/g)].map((match) => match[1]!);
    if (needed.length === 0) return;
    const result = await run([command], REPOSITORY_ROOT, {});
    expect(result.status).toBe(2);
    for (const option of needed) expect(result.stderr).toContain(option);
  });
});

describe("the examples in --help and in usage errors", () => {
  /** The example of a usage error, such as "give one agreement, …, for example: agreements brief vm-statssekreterare." */
  async function exampleOf(argv: string[]): Promise<string> {
    const { status, stderr } = await run(argv);
    expect(status).toBe(2);
    const example = /for example: (agreements [^\n]*?)\.?$/m.exec(stderr)?.[1];
    expect(example, stderr).toBeDefined();
    return example!;
  }

  it("run in a copy of the example repository with its two submissions tagged", async () => {
    const examples = [
      ...[...helps.values()].flatMap((help) => [...(help.split(/^Examples:$/m)[1]?.split(/^\S/m)[0] ?? "").matchAll(/^ {2}(agreements .+)$/gm)].map((match) => match[1]!)),
      await exampleOf(["diff"]),
      await exampleOf(["history"]),
      await exampleOf(["brief"]),
      // --dry-run: the example repository is also the one the officials copy, so nothing is written.
      `${await exampleOf(["new"])} --dry-run`,
    ];
    expect(examples.length).toBeGreaterThanOrEqual(6);

    const repository = await createTestRepository();
    const files: Record<string, string> = {};
    for (const folder of ["agreements", "goals"]) {
      for (const name of readdirSync(join(REPOSITORY_ROOT, folder), { recursive: true, encoding: "utf8" })) {
        if (name.endsWith(".md")) files[`${folder}/${name}`] = readFileSync(join(REPOSITORY_ROOT, folder, name), "utf8");
      }
    }
    await repository.commit({ files, message: "The agreements as submitted in 2019", date: "2019-04-30" });
    await repository.tag("submission-2019", { message: "Submission 2019" });
    const path = "agreements/vm/vm-statssekreterare.md";
    await repository.commit({ files: { [path]: files[path]!.replace(/^agreed: .*$/m, "agreed: 2020-04-20") }, message: "The 2020 discussion", date: "2020-04-20" });
    await repository.tag("submission-2020", { message: "Submission 2020" });

    for (const example of examples) {
      const argv = example.split(" ").slice(1);
      const result = await run([...argv, ...(argv[0] === "brief" || argv[0] === "new" ? ["--today", "2020-05-01"] : [])], repository.dir, repository.env);
      expect({ example, status: result.status, stderr: result.stderr }).toEqual({ example, status: 0, stderr: "" });
    }
  });
});
