import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runBin } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const SHIPPED = "agreements/vm/vm-statssekreterare.md";
const UNFORMATTED = "---\ntitle: 'Ledningsavtal'\nid: unformatted\nterm: { end: 2024-08-31, start: 2019-9-1 }\n---\n# Ledningsavtal\n";
const FORMATTED = "---\nid: unformatted\ntitle: Ledningsavtal\nterm: { start: 2019-09-01, end: 2024-08-31 }\n---\n# Ledningsavtal\n";
const BROKEN = "---\nid: broken\ntitle: \"never closed\n---\n# Body\n";

function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "agreements-format-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(REPOSITORY_ROOT, "goals"), join(root, "goals"), { recursive: true });
  mkdirSync(join(root, "agreements", "vm"), { recursive: true });
  cpSync(join(REPOSITORY_ROOT, SHIPPED), join(root, SHIPPED));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function run(root: string, ...argv: string[]) {
  const { status: code, stdout, stderr } = await runCli(["format", ...argv], { cwd: root });
  return { code, stdout, stderr };
}

const read = (root: string, path: string) => readFileSync(join(root, path), "utf8");
const listing = (root: string) => readdirSync(root, { recursive: true, encoding: "utf8" }).sort();

describe("agreements format --check", () => {
  it("lists the files that are not formatted and exits 1, changing nothing", async () => {
    const root = repository({ "agreements/vm/unformatted.md": UNFORMATTED });
    const before = listing(root);
    const result = await run(root, "--check");
    expect(result).toEqual({
      code: 1,
      stdout: 'agreements/vm/unformatted.md is not formatted.\n1 file of 3 not formatted. Run "agreements format" to format them.\n',
      stderr: "",
    });
    expect(read(root, "agreements/vm/unformatted.md")).toBe(UNFORMATTED);
    expect(listing(root)).toEqual(before);
  });

  it("exits 0 when every file is formatted", async () => {
    const root = repository({ "agreements/vm/formatted.md": FORMATTED });
    expect(await run(root, "--check")).toEqual({ code: 0, stdout: "3 files checked: all formatted.\n", stderr: "" });
  });

  it("leaves out the files the lint config ignores", async () => {
    const root = repository({ "agreements/archive/old.md": UNFORMATTED, "agreements.config.json": JSON.stringify({ ignore: ["agreements/archive/**"] }) });
    expect(await run(root, "--check")).toMatchObject({ code: 0, stdout: "2 files checked: all formatted.\n" });
  });

  it("checks only the paths given", async () => {
    const root = repository({ "agreements/vm/unformatted.md": UNFORMATTED });
    expect((await run(root, "--check", SHIPPED, "goals")).code).toBe(0);
  });
});

describe("agreements format", () => {
  it("writes the canonical form in place, keeps the file's mode, leaves no temporary file, and a second run changes nothing", async () => {
    const root = repository({ "agreements/vm/unformatted.md": UNFORMATTED });
    const mode = statSync(join(root, "agreements/vm/unformatted.md")).mode;
    const before = listing(root);
    const first = await run(root);
    expect(first).toEqual({ code: 0, stdout: "Formatted agreements/vm/unformatted.md\nFormatted 1 file of 3.\n", stderr: "" });
    expect(read(root, "agreements/vm/unformatted.md")).toBe(FORMATTED);
    expect(statSync(join(root, "agreements/vm/unformatted.md")).mode).toBe(mode);
    expect(listing(root)).toEqual(before);
    expect(await run(root)).toEqual({ code: 0, stdout: "3 files checked: nothing to change.\n", stderr: "" });
  });

  it("reports a file it cannot read with file:line:column in plain words, leaves it untouched, and still formats the others", async () => {
    const root = repository({ "agreements/vm/broken.md": BROKEN, "agreements/vm/unformatted.md": UNFORMATTED });
    const result = await run(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Formatted agreements\/vm\/unformatted\.md\nagreements\/vm\/broken\.md:3:8: .*quotation mark.*\n/);
    expect(result.stdout).toMatch(/1 file could not be formatted and was left as it was; see above\.\n$/);
    expect(result.stdout).not.toMatch(/\bat .*\.(?:ts|js):\d+/);
    expect(read(root, "agreements/vm/broken.md")).toBe(BROKEN);
    expect(read(root, "agreements/vm/unformatted.md")).toBe(FORMATTED);
  });

  it("does not write through a link: skipped in a folder, reported when named, and neither the link nor its target changes", async () => {
    const outside = mkdtempSync(join(tmpdir(), "agreements-format-outside-"));
    onTestFinished(() => rmSync(outside, { recursive: true, force: true }));
    writeFileSync(join(outside, "target.md"), UNFORMATTED);
    const root = repository({});
    symlinkSync(join(outside, "target.md"), join(root, "agreements/vm/link.md"));
    expect((await run(root, "agreements")).code).toBe(0);
    const result = await run(root, "agreements/vm/link.md");
    // Named explicitly, a link is refused as in every command (lint, report): exit 2 with a sentence.
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("is a symbolic link");
    expect(readFileSync(join(outside, "target.md"), "utf8")).toBe(UNFORMATTED);
  });

  it("a path that does not exist is a usage error (exit 2)", async () => {
    const root = repository({});
    const result = await run(root, "agreements/nowhere.md");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"agreements\/nowhere\.md" does not exist/);
  });

  it.each(["sv", "fi", "en"])("leaves an agreement just written by `agreements new` (%s) as it is, so the check does not fail a new agreement", async (language) => {
    const root = repository({});
    const { status: created } = await runCli(["new", "--ministry", "OM", "--id", `ny-${language}`, "--language", language, "--today", "2020-04-01"], { cwd: root });
    expect(created).toBe(0);
    expect(await run(root, "--check")).toMatchObject({ code: 0 });
  });

  it("runs as the real bin", async () => {
    const root = repository({ "agreements/vm/unformatted.md": UNFORMATTED });
    const checked = await runBin(["format", "--check"], { cwd: root, env: { PATH: process.env.PATH } });
    expect(checked).toMatchObject({ status: 1, stderr: "" });
    expect(checked.stdout).toContain("agreements/vm/unformatted.md is not formatted.");
    expect(await runBin(["format"], { cwd: root, env: { PATH: process.env.PATH } })).toMatchObject({ status: 0 });
    expect(read(root, "agreements/vm/unformatted.md")).toBe(FORMATTED);
  });
});
