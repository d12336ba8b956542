import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { countImportGraph, describeImportGraph, LAYERS } from "../../scripts/build/import-graph.mjs";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * The house's shape: no import circles between files or folders, and every import goes down the layer order
 * written in scripts/build/import-graph.mjs (lowest first: errors, output, files, layout → messages → model →
 * git, github → rules, reader, lint → the features → commands). A new folder must be given its layer there.
 */

const SCRIPTS = join(REPOSITORY_ROOT, "scripts");

/** A tree of .ts files in a temp folder, from path → source; removed when the test ends. */
function plantTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "agreements-graph-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

describe("the import graph of scripts/", () => {
  const graph = countImportGraph(SCRIPTS);

  it("is seen whole: the counter reads the tree, its imports and its layers (a wrong folder would pass on nothing)", () => {
    expect(graph.files.length).toBeGreaterThan(200);
    expect(graph.files).toContain("lint/engine.ts");
    expect(graph.files).toContain("errors.ts");
    // Every top-level folder and file is counted in some layer.
    const folders = new Set(graph.files.map((file) => file.split("/")[0]!));
    expect(folders.size).toBeGreaterThan(20);
    expect([...folders].filter((folder) => !LAYERS.some((layer) => layer.includes(folder)))).toEqual([]);
  });

  it("has no import circle between files", () => {
    expect(graph.fileCircles).toEqual([]);
  });

  it("has no circle between folders", () => {
    expect(graph.folderCircles).toEqual([]);
  });

  it("has no import that goes up the layer order", () => {
    expect(graph.upward).toEqual([]);
  });

  it("has no folder without a layer", () => {
    expect(graph.unlayered).toEqual([]);
  });
});

describe("the import-graph counter can fail", () => {
  it("counts a planted circle between two files of two folders, and the upward import it makes", () => {
    const root = plantTree({
      "low/a.ts": 'import { b } from "../high/b.js";\nexport const a = () => b;\n',
      "high/b.ts": 'import type { a } from "../low/a.js";\nexport const b = 1 as unknown as typeof a;\n',
      "high/c.ts": 'export const c = await import("./b.js");\n',
    });
    const graph = countImportGraph(root, [["low"], ["high"]]);
    expect(graph.files.sort()).toEqual(["high/b.ts", "high/c.ts", "low/a.ts"]);
    expect(graph.fileCircles).toEqual([["high/b.ts", "low/a.ts"]]);
    expect(graph.folderCircles).toEqual([["high", "low"]]);
    expect(graph.upward).toEqual(["low/a.ts → high/b.ts"]);
    expect(graph.unlayered).toEqual([]);
  });

  it("judges a planted tree by the real layer order: messages/ importing commands/ goes up, commands/ importing messages/ does not", () => {
    const root = plantTree({
      "messages/words.ts": 'export { run } from "../commands/run.js";\n',
      "commands/run.ts": 'import { say } from "../messages/say.js";\nexport const run = say;\n',
      "messages/say.ts": "export const say = 1;\n",
      "errors.ts": 'import "./messages/say.js";\n',
    });
    const graph = countImportGraph(root);
    expect(graph.upward.sort()).toEqual(["errors.ts → messages/say.ts", "messages/words.ts → commands/run.ts"]);
    // messages/words → commands/run → messages/say: a circle between the folders, none between the files.
    expect(graph.fileCircles).toEqual([]);
    expect(graph.folderCircles).toEqual([["commands", "messages"]]);
  });

  it("names a folder that has no layer, even one that imports nothing and is imported by nobody", () => {
    const root = plantTree({ "lint/engine.ts": "export const x = 1;\n", "nowhere/alone.ts": "export const y = 2;\n" });
    expect(countImportGraph(root).unlayered).toEqual(["nowhere"]);
  });

  it("prints the counts and, with --list, each circle and upward import (the command stays usable on its own)", () => {
    const root = plantTree({ "low/a.ts": 'import "../high/b.js";\n', "high/b.ts": 'import "../low/a.js";\n' });
    const graph = countImportGraph(root, [["low"], ["high"]]);
    expect(describeImportGraph(graph, { list: true, cwd: root })).toBe(
      [
        "2 files, 2 lines in ./ (.ts, without build/)",
        "1 import circles between files (2 files in them)",
        "1 circles between folders (high↔low)",
        "1 upward imports against the layer order",
        "circle: high/b.ts, low/a.ts",
        "upward: low/a.ts → high/b.ts",
      ].join("\n"),
    );
    const run = spawnSync(process.execPath, [join(SCRIPTS, "build", "import-graph.mjs"), "--list"], { cwd: REPOSITORY_ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^\d+ files, \d+ lines in scripts\/ \(\.ts, without build\/\)\n0 import circles between files \(0 files in them\)\n0 circles between folders \(none\)\n0 upward imports against the layer order\n$/);
  });
});

describe("tests mirror the tree", () => {
  it("keeps no test file directly in test/: each lives in the folder of what it tests (test/<folder>/…)", () => {
    const loose = readdirSync(join(REPOSITORY_ROOT, "test")).filter((name) => /\.test\.[cm]?[jt]s$/.test(name));
    expect(loose).toEqual([]);
  });

  it("puts tests only in folders named after a folder of scripts/, or the few that test the whole", () => {
    const whole = new Set(["architecture", "cli", "workflows", "helpers", "fixtures"]);
    const scriptFolders = new Set(readdirSync(SCRIPTS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    const testFolders = readdirSync(join(REPOSITORY_ROOT, "test"), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(testFolders.length).toBeGreaterThan(10);
    expect(testFolders.filter((name) => !whole.has(name) && !scriptFolders.has(name))).toEqual([]);
  });
});
