import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import { createFileAtomically, FileExistsError, writeFileAtomically } from "../files/write-file.js";
import type { FileSummary } from "../model/summary.js";
import type { SeveritySetting } from "../reader/config.js";
import { version } from "../version.js";
import { codeFingerprint } from "./code-fingerprint.js";
import type { LanguageChoice } from "./engine.js";
import { DOCS_BASE, type Finding } from "./finding.js";

// `agreements lint --cache`: what one agreement's file rules found, and its summary (all that the
// repository-wide rules read of it), kept between a person's own runs so that an unchanged file is not read
// again. Every run still reads each file's bytes (its hash is the key), every catalogue and config, asks
// again every "does this path exist" its rules asked, and runs the repository-wide rules over all summaries.
//
// The file is hostile input like any other. A pull request can commit one under node_modules/ (a
// .gitignore does not stop `git add -f`), and its key is easy to compute, so a key alone would let it hide
// findings from whoever lints that branch with --cache. So the cache is signed with a secret kept outside
// the repository (in the user's own cache folder), and a file without the right signature, of the wrong
// shape or size, from another version or build, is ignored and rebuilt, without a word: the findings are
// then the uncached ones. Workflows never use --cache (test/workflows/workflows-cache.test.ts).

/** Bumped when what an entry holds changes. */
const FORMAT = 1;
/** A larger file is not read (nor written): 10,000 agreements take some 4 MB. */
export const MAX_CACHE_BYTES = 64 * 1024 * 1024;
const SECRET_FILE = "lint-cache-secret";
const HEX_64 = /^[0-9a-f]{64}$/;

/** What is kept of one agreement. */
export interface CachedFile {
  /** SHA-256 of the file's bytes, in hex. */
  content: string;
  /** Each path its rules asked `pathExists` about, with the answer: the entry holds while every answer does. */
  probes: [string, boolean][];
  /** Its findings from the file rules, or null when it was read but not reported on (`--changed-since`). */
  findings: Finding[] | null;
  /** Its summary without data (what `unique-id` reads). */
  summary: FileSummary;
}

/** Where the cache lives, and the folder of the secret that signs it. */
export interface CacheLocation {
  file: string;
  /** Outside the repository: `$XDG_CACHE_HOME/agreements-as-code` or `~/.cache/agreements-as-code`. */
  secretFolder: string;
  /**
   * For the default location, the repository root: the folders between it and the file must be real folders,
   * not symbolic links (a committed link could send the cache, and its writes, anywhere).
   */
  root?: string;
}

/** Everything besides an agreement's own bytes that its findings and summary depend on. */
export interface CacheKeyParts {
  ruleIds: readonly string[];
  severities: Readonly<Record<string, SeveritySetting>>;
  languages: LanguageChoice | undefined;
  today: string;
  /** Every catalogue's path and bytes: each agreement is checked against its year's. */
  catalogues: readonly { path: string; bytes: Uint8Array }[];
}

export const DEFAULT_CACHE_FILE = ["node_modules", ".cache", "agreements", "lint-cache.json"] as const;

/** The default location under the repository root, or undefined without a home folder for the secret. */
export function defaultCacheLocation(root: string, env: Readonly<Record<string, string | undefined>>, file?: string): CacheLocation | undefined {
  const cacheHome = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, ".cache") : undefined);
  if (!cacheHome) return undefined;
  const secretFolder = join(cacheHome, "agreements-as-code");
  return file === undefined ? { file: join(root, ...DEFAULT_CACHE_FILE), secretFolder, root } : { file, secretFolder };
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The hash of each file's bytes as read, by path: what lint --cache keys the results made from them on. */
export function contentHashes(files: readonly { path: string; bytes: Uint8Array }[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file.path, hashBytes(file.bytes)]));
}

/** The key of a run: the tool's version and code, the rules, the config's part in them, the day, the catalogues. */
export function cacheKey(parts: CacheKeyParts): string {
  return hashBytes(
    Buffer.from(
      JSON.stringify({
        format: FORMAT,
        version: version(),
        code: codeFingerprint(),
        rules: parts.ruleIds,
        severities: Object.entries(parts.severities).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        languages: parts.languages ? [parts.languages.chosen ?? null, parts.languages.repository] : null,
        today: parts.today,
        catalogues: parts.catalogues.map((file) => [file.path, hashBytes(file.bytes)]),
      }),
    ),
  );
}

/**
 * The entries of the cache if it is ours, for this key, and sound; otherwise none. Never throws: a cache
 * that cannot be read is a cache that is not there.
 */
export function readCache(location: CacheLocation, key: string, ruleIds: readonly string[]): Map<string, CachedFile> {
  try {
    const secret = readSecret(location.secretFolder);
    if (!secret || !safeFolders(location)) return new Map();
    const stats = lstatSync(location.file, { throwIfNoEntry: false });
    if (!stats?.isFile() || stats.size > MAX_CACHE_BYTES) return new Map();
    // A cache made for another key (another day, config or build) is not even read: 4 MB read and 10,000
    // entries parsed only to be dropped would sit in memory while the workers start.
    const head = `{"format":${FORMAT},"key":${JSON.stringify(key)},`;
    if (readStart(location.file, 65 + head.length).subarray(65).toString("latin1") !== head) return new Map();
    const text = readFileSync(location.file, "utf8");
    const signature = text.slice(0, 64);
    if (text[64] !== "\n" || !HEX_64.test(signature)) return new Map();
    // A file replaced since its start was read is still checked whole: by its signature, then validCache's key.
    const body = text.slice(65);
    if (!timingSafeEqual(Buffer.from(signature, "hex"), Buffer.from(sign(secret, body), "hex"))) return new Map();
    return validCache(JSON.parse(body), key, new Set(ruleIds)) ?? new Map();
  } catch {
    return new Map();
  }
}

/**
 * Replaces the cache with these entries, signed, all at once (a temporary file renamed into place), so an
 * interrupted run leaves the old cache or the new one. A cache that cannot be written is no error: the
 * next run is simply not faster.
 */
export function writeCache(location: CacheLocation, key: string, entries: ReadonlyMap<string, CachedFile>): boolean {
  try {
    if (!safeFolders(location)) return false;
    const secret = readSecret(location.secretFolder) ?? createSecret(location.secretFolder);
    if (!secret) return false;
    const body = JSON.stringify({ format: FORMAT, key, entries: Object.fromEntries(entries) });
    if (body.length > MAX_CACHE_BYTES - 65) return false;
    mkdirSync(dirname(location.file), { recursive: true });
    writeFileAtomically(location.file, `${sign(secret, body)}\n${body}`);
    return true;
  } catch {
    return false;
  }
}

/** The first `length` bytes of a file (fewer if it is shorter). */
function readStart(path: string, length: number): Buffer {
  const descriptor = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, length, 0));
  } finally {
    closeSync(descriptor);
  }
}

function sign(secret: string, body: string): string {
  return createHmac("sha256", secret).update(body).digest("hex");
}

function readSecret(folder: string): string | undefined {
  const path = join(folder, SECRET_FILE);
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile() || stats.size !== 64) return undefined;
  const secret = readFileSync(path, "utf8");
  return HEX_64.test(secret) ? secret : undefined;
}

function createSecret(folder: string): string | undefined {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const path = join(folder, SECRET_FILE);
  try {
    createFileAtomically(path, randomBytes(32).toString("hex"));
    chmodSync(path, 0o600);
  } catch (error) {
    // Another run made one meanwhile: use that.
    if (!(error instanceof FileExistsError)) throw error;
  }
  return readSecret(folder);
}

/** At the default location, node_modules/, .cache/ and agreements/ are real folders or not there yet. */
function safeFolders(location: CacheLocation): boolean {
  if (location.root === undefined) return true;
  let folder = location.root;
  for (const name of DEFAULT_CACHE_FILE.slice(0, -1)) {
    folder = join(folder, name);
    const stats = lstatSync(folder, { throwIfNoEntry: false });
    if (stats && !stats.isDirectory()) return false;
  }
  return true;
}

// The shape is checked field by field even under a good signature: a file from a bug or another build must
// not reach the output as anything but what the uncached run would print.

function validCache(value: unknown, key: string, ruleIds: ReadonlySet<string>): Map<string, CachedFile> | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, ["format", "key", "entries"]) || value.format !== FORMAT || value.key !== key || !isRecord(value.entries)) return undefined;
  const entries = new Map<string, CachedFile>();
  for (const [path, entry] of Object.entries(value.entries)) {
    if (!isCachedFile(entry, path, ruleIds)) return undefined;
    entries.set(path, entry);
  }
  return entries;
}

function isCachedFile(value: unknown, path: string, ruleIds: ReadonlySet<string>): value is CachedFile {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ["content", "probes", "findings", "summary"]) &&
    typeof value.content === "string" &&
    HEX_64.test(value.content) &&
    Array.isArray(value.probes) &&
    value.probes.every((probe) => Array.isArray(probe) && probe.length === 2 && typeof probe[0] === "string" && typeof probe[1] === "boolean") &&
    (value.findings === null || (Array.isArray(value.findings) && value.findings.every((finding) => isFinding(finding, path, ruleIds)))) &&
    isSummary(value.summary, path)
  );
}

const FINDING_KEYS = ["file", "line", "column", "endLine", "endColumn", "rule", "severity", "message", "hint", "docs"];

function isFinding(value: unknown, path: string, ruleIds: ReadonlySet<string>): value is Finding {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, FINDING_KEYS) &&
    value.file === path &&
    [value.line, value.column, value.endLine, value.endColumn].every(isPosition) &&
    typeof value.rule === "string" &&
    ruleIds.has(value.rule) &&
    (value.severity === "error" || value.severity === "warning") &&
    typeof value.message === "string" &&
    typeof value.hint === "string" &&
    value.docs === DOCS_BASE + value.rule
  );
}

function isSummary(value: unknown, path: string): value is FileSummary {
  return (
    isRecord(value) &&
    hasOnlyKeys(value, ["path", "kind", "waived"], ["language", "id"]) &&
    value.path === path &&
    value.kind === "agreement" &&
    Array.isArray(value.waived) &&
    value.waived.every((rule) => typeof rule === "string") &&
    (value.language === undefined || value.language === "fi" || value.language === "sv" || value.language === "en") &&
    (value.id === undefined || (isRecord(value.id) && hasOnlyKeys(value.id, ["value", "range"]) && typeof value.id.value === "string" && isRange(value.id.range)))
  );
}

function isRange(value: unknown): boolean {
  return isRecord(value) && hasOnlyKeys(value, ["start", "end"]) && isPlace(value.start) && isPlace(value.end);
}

function isPlace(value: unknown): boolean {
  return isRecord(value) && hasOnlyKeys(value, ["line", "column"]) && isPosition(value.line) && isPosition(value.column);
}

function isPosition(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Exactly these keys: every one of `keys`, any of `optional`, nothing else. */
function hasOnlyKeys(value: Record<string, unknown>, keys: readonly string[], optional: readonly string[] = []): boolean {
  return keys.every((key) => Object.hasOwn(value, key)) && Object.keys(value).every((key) => keys.includes(key) || optional.includes(key));
}
