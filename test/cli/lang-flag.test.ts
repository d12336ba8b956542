import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../helpers/cli.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

async function run(...argv: string[]) {
  return runCli(argv, { cwd: REPOSITORY_ROOT });
}

const commands = [...(await run("--help")).stdout.matchAll(/^ {2}([a-z-]+) {2,}/gm)].map((match) => match[1]!);
const withLang: string[] = [];
for (const command of commands) if ((await run(command, "--help")).stdout.includes("--lang <fi|sv|en>")) withLang.push(command);

/** What a command needs before it looks at --lang (its other checks come first). */
const REQUIRED: Record<string, string[]> = {
  release: ["2020"],
  package: ["2020"],
  brief: ["vm-statssekreterare"],
  cms: ["--repository", "vm/avtal"],
};

describe("--lang, parsed one way (scripts/commands/lang.ts) by every command that has it", () => {
  it("is in the help of the commands that write text officials read", () => {
    expect(withLang).toEqual(expect.arrayContaining(["lint", "report", "diff", "history", "approvals", "comment", "remind", "render", "calendar", "brief", "cms", "release", "package"]));
  });

  it.each(withLang)("%s refuses a language it does not have with the same sentence, exit 2", async (command) => {
    const result = await run(command, ...(REQUIRED[command] ?? []), "--lang", "de");
    expect(result).toEqual({
      status: 2,
      stdout: "",
      stderr: `agreements ${command}: --lang must be one of fi, sv, en (got "de").\nRun "agreements ${command} --help" for the options.\n`,
    });
  });

  it("lint --list-rules refuses it too", async () => {
    expect((await run("lint", "--list-rules", "--lang", "de")).stderr).toBe('agreements lint: --lang must be one of fi, sv, en (got "de").\nRun "agreements lint --help" for the options.\n');
  });
});

describe("cms keeps --language, the first name of its --lang", () => {
  function out(): string {
    const folder = mkdtempSync(join(tmpdir(), "agreements-lang-flag-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    return join(folder, "admin");
  }

  it("names --language in its error when that is what was typed", async () => {
    expect((await run("cms", "--repository", "vm/avtal", "--language", "de")).stderr).toBe('agreements cms: --language must be one of fi, sv, en (got "de").\nRun "agreements cms --help" for the options.\n');
  });

  it("takes --lang over --language when both are given", async () => {
    const folder = out();
    const result = await run("cms", "--repository", "vm/avtal", "--lang", "sv", "--language", "de", "--out", folder);
    expect(result.status).toBe(0);
    expect(readFileSync(join(folder, "config.yml"), "utf8")).toMatch(/^locale: sv$/m);
  });
});
