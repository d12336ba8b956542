import { readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type * as Run from "../../scripts/lint/run.js";
import type * as Cache from "../../scripts/lint/cache.js";
import type * as Readers from "../../scripts/commands/reader.js";
import { collectMarkdownFiles } from "../../scripts/lint/collect.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { cacheFileIn, cachePlace } from "../helpers/lint-cache.js";

// lint --cache keys its results on the catalogues' bytes. A catalogue saved while the lint runs (an editor, a
// `git checkout` in another terminal) must not leave findings made from its new text under the key of its old
// text: once the old text is back, the cache would print findings of a catalogue that is not there. The lint
// therefore checks every agreement against the very bytes the key was made of, on one thread or on several.
// The catalogue is changed through the run's own file reader, right after the read the key is made from.

const CATALOGUE = "goals/2020.md";

interface Toolkit {
  run: typeof Run;
  cache: typeof Cache;
  readers: typeof Readers;
}

async function source(): Promise<Toolkit> {
  return { run: await import("../../scripts/lint/run.js"), cache: await import("../../scripts/lint/cache.js"), readers: await import("../../scripts/commands/reader.js") };
}

/** The built modules: worker threads load the compiled worker from dist/ (built by npm test). */
async function built(): Promise<Toolkit> {
  const load = (path: string) => import(pathToFileURL(join(REPOSITORY_ROOT, "dist", path)).href);
  return { run: await load("lint/run.js"), cache: await load("lint/cache.js"), readers: await load("commands/reader.js") };
}

interface Place {
  dir: string;
  home: string;
  /** The shipped catalogue, and the same with a common goal that agreements use renamed. */
  before: string;
  after: string;
}

function place(): Place {
  const { dir, home } = cachePlace("cache-race");
  const before = readFileSync(join(dir, CATALOGUE), "utf8");
  const after = before.replace("id: mobility", "id: mobility-renamed");
  expect(after).not.toBe(before);
  return { dir, home, before, after };
}

/** What `agreements lint [--cache] --jobs <jobs>` lints, through the library, optionally with a file reader of the test's own. */
function lint(toolkit: Toolkit, where: Place, options: { jobs: number; cache: boolean; readFile?: (path: string) => Uint8Array }) {
  const agreements = collectMarkdownFiles(where.dir, ["agreements"], []).filter((path) => path !== "agreements/README.md");
  const catalogues = collectMarkdownFiles(where.dir, ["goals"], []);
  return toolkit.run.lintRepository({
    root: where.dir,
    reader: toolkit.readers.registryReader(),
    agreements,
    catalogues,
    reported: [...catalogues, ...agreements],
    today: "2020-05-01",
    severities: {},
    languages: { repository: "sv" },
    jobs: options.jobs,
    cache: options.cache ? toolkit.cache.defaultCacheLocation(where.dir, { HOME: where.home }) : undefined,
    ...(options.readFile ? { readFile: options.readFile } : {}),
  });
}

async function expectNoStaleResults(toolkit: Toolkit, jobs: number): Promise<void> {
  const where = place();
  const catalogue = join(where.dir, CATALOGUE);
  const uncachedBefore = await lint(toolkit, where, { jobs, cache: false });
  writeFileSync(catalogue, where.after);
  const uncachedAfter = await lint(toolkit, where, { jobs, cache: false });
  // The renamed goal matters: the agreements that chose it now have findings.
  expect(uncachedAfter.findings.filter((finding) => finding.rule === "unknown-common-goal").length).toBeGreaterThan(uncachedBefore.findings.filter((finding) => finding.rule === "unknown-common-goal").length);
  writeFileSync(catalogue, where.before);

  // The catalogue is saved anew just after the lint has read it for the key.
  let saved = false;
  const readFile = (path: string) => {
    const bytes = readFileSync(join(where.dir, path));
    if (path === CATALOGUE && !saved) {
      saved = true;
      writeFileSync(catalogue, where.after);
    }
    return bytes;
  };
  const during = await lint(toolkit, where, { jobs, cache: true, readFile });
  expect(saved).toBe(true);
  expect(readFileSync(catalogue, "utf8")).toBe(where.after);
  // The findings are those of the text the key was made of, and so is what the cache keeps.
  expect(during).toEqual(uncachedBefore);
  const cacheFile = cacheFileIn(where.dir);
  const written = statSync(cacheFile);

  // The old text is back: the cache holds for it, and gives its findings, not those of the text saved meanwhile.
  writeFileSync(catalogue, where.before);
  expect(await lint(toolkit, where, { jobs, cache: true })).toEqual(uncachedBefore);
  // Every entry was reused: a cache that held anything new would have been written again (a new file renamed into place).
  expect(statSync(cacheFile).ino).toBe(written.ino);

  // And the new text, read as a whole, gives its own findings with the cache as without.
  writeFileSync(catalogue, where.after);
  expect(await lint(toolkit, where, { jobs, cache: true })).toEqual(uncachedAfter);
}

/** An agreement saved while the lint reads it: what is cached must be what was checked, under the hash of those bytes. */
async function expectAgreementKeyedOnWhatWasChecked(toolkit: Toolkit): Promise<void> {
  const where = place();
  const agreement = "agreements/vm/vm-statssekreterare.md";
  const file = join(where.dir, agreement);
  const before = readFileSync(file, "utf8");
  const after = before.replace("agreed: 2020-04-15", "agreed: 2020-4-15");
  expect(after).not.toBe(before);
  const uncachedBefore = await lint(toolkit, where, { jobs: 1, cache: false });
  let saved = false;
  const readFile = (path: string) => {
    const bytes = readFileSync(join(where.dir, path));
    if (path === agreement && !saved) {
      saved = true;
      writeFileSync(file, after);
    }
    return bytes;
  };
  // A cold cache: the agreement is read once, to be checked, and saved anew right after.
  expect(await lint(toolkit, where, { jobs: 1, cache: true, readFile })).toEqual(uncachedBefore);
  expect(saved).toBe(true);
  // Its new text is not the one the cache holds findings of: it is checked afresh.
  const uncachedAfter = await lint(toolkit, where, { jobs: 1, cache: false });
  expect(uncachedAfter).not.toEqual(uncachedBefore);
  expect(await lint(toolkit, where, { jobs: 1, cache: true })).toEqual(uncachedAfter);
}

describe("lint --cache while an agreement changes", () => {
  it("keys what it checked on the hash of the bytes it checked", async () => {
    await expectAgreementKeyedOnWhatWasChecked(await source());
  });
});

describe("lint --cache while a catalogue changes", () => {
  it("keeps, on one thread, the findings of the catalogue bytes its key was made of", async () => {
    await expectNoStaleResults(await source(), 1);
  });

  it("keeps, on worker threads, the findings of the catalogue bytes its key was made of", async () => {
    const toolkit = await built();
    // Two threads really run here (a one-core machine would quietly test the one-thread path twice).
    expect(toolkit.run.threadCount(2, 16, availableParallelism())).toBe(2);
    await expectNoStaleResults(toolkit, 2);
  });
});
