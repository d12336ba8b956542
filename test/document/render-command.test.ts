import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BROWSER_ENV, findBrowser } from "../../scripts/document/browser.js";
import { examplesCopy } from "../helpers/fixtures.js";
import { pdfInfo } from "../helpers/browser.js";
import { runBin } from "../helpers/bin.js";
import { runCli } from "../helpers/cli.js";

/** A copy of the shipped agreements and catalogue in a temporary folder, to render from and write into. */
function repositoryCopy(): string {
  return examplesCopy("agreements-render-cli-");
}

async function run(cwd: string, argv: string[], env: Record<string, string> = {}) {
  return runCli(argv, { cwd, env });
}

describe("agreements render", () => {
  it("renders agreements named by id and by folder, and can be run again", async () => {
    const root = repositoryCopy();
    const first = await run(root, ["render", "vm-statssekreterare", "agreements/um", "--out", "out"]);
    expect(first).toEqual({ status: 0, stdout: "Wrote 2 files to out.\n", stderr: "" });
    expect(readdirSync(join(root, "out")).sort()).toEqual(["um-valtiosihteeri.html", "vm-statssekreterare.html"]);
    expect(readFileSync(join(root, "out", "vm-statssekreterare.html"), "utf8")).toContain('<html lang="sv">');
    const again = await run(root, ["render", "vm-statssekreterare", "agreements/um", "--out", "out"]);
    expect(again.stdout).toBe("Wrote 0 files to out (2 already there, unchanged).\n");
    // --lang changes the words: the same names now hold other bytes, which are never written over.
    const other = await run(root, ["render", "vm-statssekreterare", "--out", "out", "--lang", "fi"]);
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/already has a file of the same name with other contents \(vm-statssekreterare\.html\)\. Nothing was written\./);
  });

  it("prints PDFs with one browser, and names restricted files as such", async () => {
    const root = repositoryCopy();
    const result = await run(root, ["render", "agreements/vm", "--format", "pdf", "--format", "html", "--restricted", "--out", "out"]);
    expect(result.stderr).toBe("");
    expect(readdirSync(join(root, "out")).sort()).toEqual([
      "restricted-verohallinto-paajohtaja.html",
      "restricted-verohallinto-paajohtaja.pdf",
      "restricted-vm-statssekreterare.html",
      "restricted-vm-statssekreterare.pdf",
    ]);
    expect(pdfInfo(readFileSync(join(root, "out", "restricted-vm-statssekreterare.pdf"))).Tagged).toBe("yes");
  }, 60_000);

  it("reports a broken agreement with file, line and column, and renders the others (exit 1)", async () => {
    const root = repositoryCopy();
    const path = join(root, "agreements", "vm", "vm-statssekreterare.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("cycle: 2020", "cycle: twenty"));
    const result = await run(root, ["render", "agreements/vm", "--out", "out"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^agreements\/vm\/vm-statssekreterare\.md:\d+:\d+: this agreement was not rendered: .+ Run "agreements lint agreements\/vm\/vm-statssekreterare\.md" for every problem\.\n$/);
    expect(result.stderr).not.toMatch(/\bat \w+ \(/);
    expect(readdirSync(join(root, "out"))).toEqual(["verohallinto-paajohtaja.html"]);
  });

  it("refuses an unknown id or path with exit 2", async () => {
    const result = await run(repositoryCopy(), ["render", "no-such-agreement"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('"no-such-agreement" is neither a file or folder nor the id of an agreement under agreements/.');
  });

  it("says how to name the browser when none is found, with exit 2 and before any work", async () => {
    const root = repositoryCopy();
    const result = await run(root, ["render", "--format", "pdf", "--browser", "missing/chromium", "--out", "out"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`--browser names ${join(root, "missing/chromium")}, but there is no file there.`);
    expect(() => readdirSync(join(root, "out"))).toThrow();
    let message = "";
    try {
      findBrowser({ env: {}, cwd: root, exists: () => false });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("no Chromium or Google Chrome was found");
    expect(message).toContain("--browser PATH");
    expect(message).toContain(BROWSER_ENV);
    expect(findBrowser({ env: { [BROWSER_ENV]: "/opt/chrome" }, cwd: root, exists: (path) => path === "/opt/chrome" })).toBe("/opt/chrome");
  });

  it("works through the real bin: the bundle loads playwright-core, the sanitiser and ics", async () => {
    const root = repositoryCopy();
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin" };
    const pdf = await runBin(["render", "um-valtiosihteeri", "--format", "pdf", "--out", "out"], { cwd: root, env, timeout: 60_000 });
    expect(pdf).toEqual({ status: 0, stdout: "Wrote 1 file to out.\n", stderr: "" });
    expect(pdfInfo(readFileSync(join(root, "out", "um-valtiosihteeri.pdf"))).Tagged).toBe("yes");
    const calendar = await runBin(["calendar", "--today", "2020-04-01"], { cwd: root, env });
    expect(calendar.stdout).toContain("UID:deadline-2020-submission@agreements-as-code");
  }, 90_000);
});
