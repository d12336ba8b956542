import { createHmac } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { DEFAULT_CACHE_FILE } from "../../scripts/lint/cache.js";
import { copyExamples } from "./fixtures.js";

// What the `lint --cache` tests share: where the tool keeps the cache and its secret, and how a test re-signs
// a cache as only the tool could (the secret is in the test's own HOME). The paths come from the code, so a
// test cannot go on checking a folder the tool no longer uses.

/** A folder of its own for one test: `dir` (the repository, with the shipped agreements and catalogues) and `home`. */
export interface CachePlace {
  root: string;
  dir: string;
  home: string;
  /** PATH, and HOME for the cache's secret. */
  env: Record<string, string>;
}

/** A temporary root with the examples copied to `work/` and an empty `home/`, removed after the test. */
export function cachePlace(prefix: string, options: { examples?: boolean } = {}): CachePlace {
  const root = mkdtempSync(join(tmpdir(), `agreements-${prefix}-`));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, "work");
  const home = join(root, "home");
  mkdirSync(dir);
  mkdirSync(home);
  if (options.examples ?? true) copyExamples(dir);
  return { root, dir, home, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home } };
}

/** The cache file at its default place in the repository `dir`. */
export function cacheFileIn(dir: string): string {
  return join(dir, ...DEFAULT_CACHE_FILE);
}

/** The secret that signs the cache, for a user whose HOME is `home` (and no XDG_CACHE_HOME). */
export function secretFileIn(home: string): string {
  return join(home, ".cache", "agreements-as-code", "lint-cache-secret");
}

/** A cache's parsed body, after its signature line. */
export function readCacheBody<T = CacheBody>(file: string): T {
  const text = readFileSync(file, "utf8");
  return JSON.parse(text.slice(text.indexOf("\n") + 1)) as T;
}

/** `body` with the signature line the tool would put before it, made with the secret of `home`. */
export function signedCache(home: string, body: string): string {
  return `${createHmac("sha256", readFileSync(secretFileIn(home), "utf8")).update(body).digest("hex")}\n${body}`;
}

/** Writes `body` (an object, or JSON text) as the cache `file`, signed as the tool would sign it. */
export function writeSignedCache(file: string, home: string, body: unknown): void {
  writeFileSync(file, signedCache(home, typeof body === "string" ? body : JSON.stringify(body)));
}

/** What a cache holds, as far as the tests look. */
export interface CacheBody {
  format: number;
  key: string;
  entries: Record<string, CacheEntry>;
}

export interface CacheEntry {
  content: string;
  probes: [string, boolean][];
  findings: { message: string; [key: string]: unknown }[] | null;
  summary: Record<string, unknown>;
}
