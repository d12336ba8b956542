import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compareChangedFile } from "../../scripts/changes/from-git.js";
import { diffThreadCount } from "../../scripts/changes/parallel.js";
import type * as Parallel from "../../scripts/changes/parallel.js";
import { createAgreementParser, type AgreementParser } from "../../scripts/changes/parse-version.js";
import { readRefChanges, type ChangedFile } from "../../scripts/git/ref-changes.js";
import { openRepository } from "../../scripts/git/repository.js";
import { createReader } from "../../scripts/reader/reader.js";
import { RULES } from "../../scripts/rules/index.js";
import { runBin } from "../helpers/bin.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, BODY, createTestRepository, MOBILITY_GOAL_YAML, GOALS_YAML, type TestRepository } from "../helpers/git-repo.js";

// `agreements diff --jobs <n>` compares on worker threads too (issue 13, round 6). The output must be the one-thread output byte for byte, for every kind of change and every
// kind of unreadable version. Worker threads run the compiled worker from dist/, so this goes through the
// real bin and the built module (npm test builds first).

const COUNT = 160;
const path = (index: number, folder = "vm") => `agreements/${folder}/vm-avtal-${String(index).padStart(3, "0")}.md`;
const text = (index: number, options: Parameters<typeof agreementText>[0] = {}) => agreementText({ id: `vm-avtal-${String(index).padStart(3, "0")}`, ...options });

/** Two tags, "before" and "after", with COUNT agreements changed between them in every way diff knows. */
async function repositoryWithEveryKindOfChange(): Promise<TestRepository> {
  const repo = await createTestRepository();
  const before: Record<string, string | Uint8Array> = {};
  for (let index = 0; index < COUNT; index++) {
    if (index % 10 === 3) continue; // added later
    if (index % 10 === 8) before[path(index)] = Buffer.from(text(index).replace("Finansministeriet", "Finansministeri\xe9t"), "latin1"); // not UTF-8
    else before[path(index)] = text(index, { cycle: 2019 + (index % 3) });
  }
  await repo.commit({ files: before, message: "Before" });
  await repo.tag("before");
  const after: Record<string, string | Uint8Array | null> = {};
  const moves: [string, string][] = [];
  for (let index = 0; index < COUNT; index++) {
    const kind = index % 10;
    if (kind === 0) after[path(index)] = text(index, { cycle: 2021 + (index % 3), agreed: "2021-04-20" });
    else if (kind === 1) after[path(index)] = text(index, { cycle: 2019 + (index % 3), body: `${BODY}\nEtt nytt stycke ${index}.\n` });
    else if (kind === 2) after[path(index)] = text(index, { cycle: 2019 + (index % 3), goals: `${GOALS_YAML}${MOBILITY_GOAL_YAML}`, title: `Nytt namn ${index}` });
    else if (kind === 3) after[path(index)] = text(index);
    else if (kind === 4) after[path(index)] = null;
    else if (kind === 5) {
      moves.push([path(index), path(index, "um")]);
      after[path(index, "um")] = text(index, { cycle: 2019 + (index % 3), ministry: "UM" });
    } else if (kind === 6) after[path(index)] = text(index, { cycle: 2019 + (index % 3) }).replace("cycle:", "cycle: [");
    else if (kind === 7) after[path(index)] = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]);
    else if (kind === 8) after[path(index)] = text(index);
    // kind 9: unchanged, so not in the diff at all
  }
  await repo.commit({ files: after, moves, message: "After" });
  await repo.tag("after");
  return repo;
}

/** A parser that takes 20 ms a version, so that a worker surely takes files once it has loaded; it counts its calls. */
function slowed(parse: AgreementParser): { parse: AgreementParser; calls: () => number } {
  let calls = 0;
  return {
    parse: (file, bytes) => {
      calls++;
      const until = Date.now() + 20;
      while (Date.now() < until);
      return parse(file, bytes);
    },
    calls: () => calls,
  };
}

describe.skipIf(availableParallelism() < 2)("agreements diff on two threads", () => {
  it("prints the same text, JSON and Markdown with --jobs 1, --jobs 2 and by default (one thread)", async () => {
    expect(existsSync(join(REPOSITORY_ROOT, "dist", "changes", "diff-worker.js"))).toBe(true);
    const repo = await repositoryWithEveryKindOfChange();
    for (const format of ["text", "json", "markdown"]) {
      const one = await runBin(["diff", "before", "after", "--format", format, "--jobs", "1"], { cwd: repo.dir, env: repo.env });
      expect(one.stderr).toBe("");
      expect(one.status).toBe(0);
      for (const jobs of [["--jobs", "2"], []]) {
        const two = await runBin(["diff", "before", "after", "--format", format, ...jobs], { cwd: repo.dir, env: repo.env });
        expect(two).toEqual(one);
      }
      if (format === "json") {
        const agreements = (JSON.parse(one.stdout) as { agreements: { status: string; unreadable: unknown[] }[] }).agreements;
        // Every kind is there (Git pairs some removed and added files as renames, so fewer than the 144 changed).
        expect(agreements.length).toBeGreaterThan(COUNT / 2);
        expect(new Set(agreements.map((agreement) => agreement.status))).toEqual(new Set(["added", "removed", "modified", "renamed"]));
        expect(agreements.filter((agreement) => agreement.unreadable.length > 0).length).toBeGreaterThanOrEqual(3 * (COUNT / 10));
      }
    }
  }, 60_000);

  it("gives each file the one-thread change when the worker takes most of them", async () => {
    const repo = await repositoryWithEveryKindOfChange();
    const changes = await readRefChanges(await openRepository(repo.dir, { env: repo.env }), "before", "after", (file) => file.startsWith("agreements/"));
    const parse = createAgreementParser(createReader(RULES));
    const expected = changes.files.map((file) => compareChangedFile(file, parse));
    // The built module, whose worker is dist/changes/diff-worker.js. This thread is slowed down (slowed), so
    // the worker surely takes files once it has loaded: its answers are then what is compared.
    const built = (await import(pathToFileURL(join(REPOSITORY_ROOT, "dist", "changes", "parallel.js")).href)) as typeof Parallel;
    const slow = slowed(parse);
    const actual = await built.compareInThreads(changes.files, slow.parse, 2);
    expect(actual).toEqual(expected);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    const versions = changes.files.reduce((sum, file) => sum + (file.before ? 1 : 0) + (file.after ? 1 : 0), 0);
    expect(slow.calls()).toBeLessThan(versions / 2);
  }, 60_000);

  it("fails with the worker's error when a worker cannot compare a file it took, instead of waiting for it", async () => {
    const repo = await repositoryWithEveryKindOfChange();
    const changes = await readRefChanges(await openRepository(repo.dir, { env: repo.env }), "before", "after", (file) => file.startsWith("agreements/"));
    const built = (await import(pathToFileURL(join(REPOSITORY_ROOT, "dist", "changes", "parallel.js")).href)) as typeof Parallel;
    // Each file's fields are getters of its class: this thread reads them, but a worker is sent the object's
    // own fields only (a structured clone), so the first file it takes has no change and its comparison throws.
    class OnlyHere {
      constructor(readonly file: ChangedFile) {}
      get change() {
        return this.file.change;
      }
      get before() {
        return this.file.before;
      }
      get after() {
        return this.file.after;
      }
    }
    const slow = slowed(createAgreementParser(createReader(RULES)));
    await expect(built.compareInThreads(changes.files.map((file) => new OnlyHere(file)), slow.parse, 2)).rejects.toThrow(/reading 'previousPath'/);
  }, 60_000);

  // The output is the same on any number of threads, so the comparisons above would pass with --jobs ignored:
  // Node's own log of its workers (NODE_DEBUG=worker) shows whether one was started.
  it("starts a worker thread with --jobs 2, and none with --jobs 1 or by default", async () => {
    const repo = await createTestRepository();
    await repo.commit({ files: { [path(1)]: text(1), [path(2)]: text(2) }, message: "Before" });
    await repo.tag("before");
    await repo.commit({ files: { [path(1)]: text(1, { title: "Nytt namn 1" }), [path(2)]: text(2, { title: "Nytt namn 2" }) }, message: "After" });
    const startsWorker = async (jobs: string[]) => {
      const result = await runBin(["diff", "before", "HEAD", ...jobs], { cwd: repo.dir, env: { ...repo.env, NODE_DEBUG: "worker" } });
      expect(result.status).toBe(0);
      return /created Worker with ID/.test(result.stderr);
    };
    expect([await startsWorker([]), await startsWorker(["--jobs", "1"]), await startsWorker(["--jobs", "2"])]).toEqual([false, false, true]);
  }, 60_000);
});

// These need no second core: on a machine with one, the tests above are skipped, these are not.
describe("agreements diff --jobs", () => {
  it("uses one thread unless asked, never more than the cores or the files", () => {
    expect(diffThreadCount(undefined, 5000, 8)).toBe(1);
    expect(diffThreadCount(2, 5000, 8)).toBe(2);
    expect(diffThreadCount(2, 5000, 1)).toBe(1);
    expect(diffThreadCount(4, 3, 8)).toBe(3);
    expect(diffThreadCount(1, 5000, 8)).toBe(1);
  });

  it("refuses --jobs 0", async () => {
    const repo = await createTestRepository();
    const result = await runBin(["diff", "main", "HEAD", "--jobs", "0"], { cwd: repo.dir, env: repo.env });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--jobs must be 1 or more/);
  });
});
