import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const README = readFileSync(join(REPOSITORY_ROOT, "README.md"), "utf8");
const AGREEMENT = "agreements/vm/vm-statssekreterare.md";

/** The text block under "Each finding is one line:" in README. */
function readmeExample(): string {
  const match = /Each finding is one line:\n\n```text\n([\s\S]*?)\n```/.exec(README);
  if (!match) throw new Error('README.md no longer has the example under "Each finding is one line:"');
  return match[1]!;
}

describe("README's example finding", () => {
  it("is what a real run prints for the typo it shows, so it cannot go stale", async () => {
    // The shipped repository with the one typo the example is about.
    const folder = mkdtempSync(join(tmpdir(), "agreements-readme-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    for (const part of ["agreements", "goals"]) cpSync(join(REPOSITORY_ROOT, part), join(folder, part), { recursive: true });
    const text = readFileSync(join(folder, AGREEMENT), "utf8");
    expect(text).toContain("common: knowledge-based-management");
    writeFileSync(join(folder, AGREEMENT), text.replace("common: knowledge-based-management", "common: knowledge-based-managment"));

    const { status: code, stdout } = await runCli(["lint", AGREEMENT, "--lang", "en", "--today", "2020-05-01"], { cwd: folder });
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    const at = lines.findIndex((line) => line.startsWith(`${AGREEMENT}:`));
    expect(readmeExample()).toBe(lines.slice(at, at + 2).join("\n"));
    // The explanation under the example names the same place.
    const place = lines[at]!.split("  ")[0]!;
    const [, line, column] = place.split(":");
    expect(README).toContain(`- \`${place}\` — the file, line ${line}, column ${column}:`);
  });
});

describe("README's test command", () => {
  it("says that the tests need Chromium and how .ci/run installs it, as .ci/run does", () => {
    const twoCommands = README.split(/^## /m).find((part) => part.startsWith("Two commands"))!;
    expect(twoCommands).toMatch(/npm test .*needs Chromium at \/usr\/bin\/chromium/);
    expect(twoCommands).toContain("`.ci/install-browser` installs it");
    const ciRun = readFileSync(join(REPOSITORY_ROOT, ".ci", "run"), "utf8");
    const browserTest = readFileSync(join(REPOSITORY_ROOT, "test", "helpers", "browser.ts"), "utf8");
    // What README promises is what the scripts do: .ci/run installs the browser before the tests, at the path the test opens.
    expect(ciRun.indexOf(".ci/install-browser")).toBeGreaterThan(-1);
    expect(ciRun.search(/^\.ci\/install-browser$/m)).toBeGreaterThan(-1);
    expect(ciRun.search(/^\.ci\/install-browser$/m)).toBeLessThan(ciRun.search(/^npm test /m));
    expect(browserTest).toContain('const CHROMIUM = "/usr/bin/chromium";');
    expect(readFileSync(join(REPOSITORY_ROOT, ".ci", "install-browser"), "utf8")).toContain("apt-get install -y -qq --no-install-recommends chromium");
  });
});
