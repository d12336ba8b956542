import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
// @ts-expect-error: a plain .mjs build script, without types
import { pruneBuilds, swapIn } from "../../scripts/build/swap.mjs";

const swap = swapIn as (root: string, target: string, name: string) => void;
const prune = pruneBuilds as (builds: string, keepMs: number, now?: number) => void;

/** A build folder whose entry imports a chunk only when told to, as a command loads its code lazily. */
function fakeBuild(root: string, name: string, chunk: string): string {
  const folder = join(root, ".builds", name);
  mkdirSync(join(folder, "bin"), { recursive: true });
  writeFileSync(join(folder, "bin", "cli.js"), `process.stdin.once("data", async () => { const { word } = await import("./${chunk}"); console.log(word); });\nconsole.log("started");\n`);
  writeFileSync(join(folder, "bin", chunk), `export const word = ${JSON.stringify(name)};\n`);
  return folder;
}

describe("npm run build swaps a new build in", () => {
  it("a command started before the swap still loads its own chunks after the swap and the pruning", async () => {
    const root = mkdtempSync(join(tmpdir(), "agreements-build-"));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    // The old layout: a real dist/ folder, which the first swap moves aside rather than deleting.
    mkdirSync(join(root, "dist", "bin"), { recursive: true });
    writeFileSync(join(root, "dist", "bin", "cli.js"), "");
    swap(root, fakeBuild(root, "first", "chunk-aaaa.js"), "first");
    expect(readlinkSync(join(root, "dist"))).toBe(join(".builds", "first"));
    expect(readdirSync(join(root, ".builds")).sort()).toEqual(["first", "folder-first"]);

    const running = spawn(process.execPath, [join(root, "dist", "bin", "cli.js")], { stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    running.stdout.on("data", (data: Buffer) => (output += data.toString()));
    await new Promise<void>((resolve) => running.stdout.once("data", () => resolve()));

    // A new build with other chunk names, then a third, and the oldest pruned as if a day had passed.
    swap(root, fakeBuild(root, "second", "chunk-bbbb.js"), "second");
    swap(root, fakeBuild(root, "third", "chunk-cccc.js"), "third");
    const old = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(join(root, ".builds", "folder-first"), old, old);
    prune(join(root, ".builds"), 24 * 60 * 60 * 1000);
    expect(existsSync(join(root, ".builds", "folder-first"))).toBe(false);
    expect(existsSync(join(root, ".builds", "first"))).toBe(true);
    expect(readlinkSync(join(root, "dist"))).toBe(join(".builds", "third"));

    running.stdin.end("go\n");
    const code = await new Promise<number | null>((resolve) => running.on("close", resolve));
    expect(output).toBe("started\nfirst\n");
    expect(code).toBe(0);
  });

  it("is how npm run build (and so npm test) builds: dist here is a link into .builds/", () => {
    const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(manifest.scripts.build).toBe("node scripts/build/build.mjs");
    expect(manifest.scripts.test).toMatch(/^npm run build && /);
    expect(lstatSync(join(REPOSITORY_ROOT, "dist")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(REPOSITORY_ROOT, "dist"))).toMatch(/^\.builds\//);
  });
});
