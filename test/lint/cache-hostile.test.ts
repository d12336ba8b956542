import { createHmac } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { cacheFileIn, cachePlace, readCacheBody, secretFileIn, signedCache, type CacheBody, type CachePlace } from "../helpers/lint-cache.js";
import { MAX_CACHE_BYTES } from "../../scripts/lint/cache.js";

// A cache file is hostile input: a pull request can commit one (`git add -f` passes .gitignore), a crash can
// cut one short, another version can leave one. None of them may change a finding, crash the lint or print
// a word: each is ignored and, where it is safe, rebuilt.

const VM = "agreements/vm/vm-statssekreterare.md";
const EXAMPLE = readFileSync(join(REPOSITORY_ROOT, VM), "utf8");
const ARGS = ["lint", "--format", "github", "--today", "2020-05-01"];

interface Place extends CachePlace {
  cache: string;
}

/** The examples plus one agreement with findings, and a HOME of its own for the cache's key. */
function place(): Place {
  const where = cachePlace("cache");
  writeFileSync(join(where.dir, "agreements/vm/broken.md"), EXAMPLE.replace("id: vm-statssekreterare", "id: vm-broken").replace("common: mobility", "common: mobilty").replace("agreed: 2020-04-15", "agreed: 2020-4-15"));
  return { ...where, cache: cacheFileIn(where.dir) };
}

async function lint(where: Place, ...extra: string[]) {
  return runCli([...ARGS, ...extra], { cwd: where.dir, env: where.env });
}

/** A cache with every finding gone and no files said to have any: what someone hiding findings would plant. */
function emptied(where: Place): string {
  const body = readCacheBody<CacheBody>(where.cache);
  for (const entry of Object.values(body.entries)) if (entry.findings) entry.findings = [];
  return JSON.stringify(body);
}

/** Plants `text` as the cache, lints with --cache, and expects exactly the uncached output. */
async function expectIgnored(where: Place, text: string | (() => void)): Promise<void> {
  const plain = await lint(where);
  expect(plain.stdout).toContain("mobilty");
  if (typeof text === "string") writeFileSync(where.cache, text);
  else text();
  expect(await lint(where, "--cache")).toEqual(plain);
  // And the next run, from whatever the first left behind, too.
  expect(await lint(where, "--cache")).toEqual(plain);
}

describe("lint --cache with a cache file it did not write", () => {
  it("ignores a planted cache that hides findings: without the secret from the user's home it cannot be signed", async () => {
    const where = place();
    await lint(where, "--cache");
    const body = emptied(where);
    // The planter knows the key, the format and the contents, but not the secret: a signature of its own making.
    await expectIgnored(where, `${createHmac("sha256", "guessed").update(body).digest("hex")}\n${body}`);
    await expectIgnored(where, `${"0".repeat(64)}\n${body}`);
    // A run as another user (another HOME) does not trust this user's cache either.
    const other = { ...where, env: { ...where.env, HOME: join(where.dir, "..", "other-home") } };
    mkdirSync(other.env.HOME);
    writeFileSync(where.cache, signedCache(where.home, body));
    expect(await lint(other, "--cache")).toEqual(await lint(other));
  });

  it("ignores truncated, garbled, empty, oversized and binary files", async () => {
    const where = place();
    await lint(where, "--cache");
    const whole = readFileSync(where.cache, "utf8");
    // The second run rebuilt it, signature and all.
    for (const text of [whole.slice(0, whole.length / 2), whole.slice(0, 64), "", "\n", "not json at all", "\u0000\u0001\u00ff".repeat(1000), `${whole.slice(0, 64)}\n{"format":1`]) {
      await expectIgnored(where, text);
      expect(readFileSync(where.cache, "utf8").slice(0, 65)).toMatch(/^[0-9a-f]{64}\n$/);
    }
    await expectIgnored(where, () => {
      writeFileSync(where.cache, whole);
      truncateSync(where.cache, MAX_CACHE_BYTES + 1);
    });
  });

  it("does not read a cache larger than MAX_CACHE_BYTES, even one signed and sound", async () => {
    const where = place();
    await lint(where, "--cache");
    const body = readCacheBody<CacheBody>(where.cache);
    body.entries["agreements/vm/broken.md"]!.findings![0]!.message = "Reused from the cache";
    const text = JSON.stringify(body);
    // The same body is taken while it is small (so the refusal below is the size's doing) …
    writeFileSync(where.cache, signedCache(where.home, text));
    expect((await lint(where, "--cache")).stdout).toContain("Reused from the cache");
    // … and not once white space (valid JSON) takes it past the limit.
    await expectIgnored(where, signedCache(where.home, text.padEnd(MAX_CACHE_BYTES, " ")));
  });

  it("keeps its secret readable by the user alone", async () => {
    const where = place();
    await lint(where, "--cache");
    expect(statSync(where.cache).isFile()).toBe(true);
    expect(statSync(secretFileIn(where.home)).mode & 0o777).toBe(0o600);
    expect(statSync(join(secretFileIn(where.home), "..")).mode & 0o777).toBe(0o700);
  });

  it("ignores a signed cache of the wrong shape, for another key, or with texts that are not its files' (a bug, another build)", async () => {
    const where = place();
    await lint(where, "--cache");
    const body = readCacheBody<{ key: string; format: number; entries: Record<string, Record<string, unknown>> }>(where.cache);
    const entry = body.entries["agreements/vm/broken.md"]!;
    const finding = (entry.findings as Record<string, unknown>[])[0]!;
    const summary = entry.summary as { id: object };
    const variants: unknown[] = [
      null,
      [],
      "a string",
      { ...body, key: "0".repeat(64) },
      { ...body, format: 2 },
      { ...body, extra: true },
      { ...body, entries: [] },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [] , content: 5 } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: "none" } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, file: VM }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, rule: "no-such-rule", docs: "x" }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, line: 0 }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, line: "1" }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, severity: "info" }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, message: { toString: "::error::x" } }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, docs: "https://evil.example/" }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, extra: "::error::x" }] } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, probes: [["x", "yes"]] } } },
      // A summary of another path, with the example's id: the example's id would be reported as used twice.
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, summary: { ...summary, path: "agreements/vm/elsewhere.md", id: { ...summary.id, value: "vm-statssekreterare" } } } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, summary: { ...(entry.summary as object), waived: "all" } } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, summary: { ...(entry.summary as object), data: { huge: true } } } } },
      { ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, summary: { ...(entry.summary as object), id: { value: "vm-statssekreterare" } } } } },
      { ...body, entries: { ...body.entries, ["__proto__"]: entry } },
    ];
    for (const variant of variants) await expectIgnored(where, signedCache(where.home, JSON.stringify(variant)));
    // Deep nesting and a long text do not crash the reader either.
    await expectIgnored(where, signedCache(where.home, `${"[".repeat(100_000)}${"]".repeat(100_000)}`));
    await expectIgnored(where, signedCache(where.home, JSON.stringify({ ...body, entries: { ...body.entries, "agreements/vm/broken.md": { ...entry, findings: [{ ...finding, message: "::error::".repeat(100_000) }] } } }).replace(/"format":1/, '"format":"1"')));
  });

  it("neither reads nor writes through a symbolic link planted in node_modules, and takes no cache that is a link", async () => {
    const where = place();
    const elsewhere = join(where.dir, "..", "elsewhere");
    mkdirSync(elsewhere);
    mkdirSync(join(where.dir, "node_modules", ".cache"), { recursive: true });
    symlinkSync(elsewhere, join(where.dir, "node_modules", ".cache", "agreements"));
    await expectIgnored(where, () => undefined);
    expect(readdirSync(elsewhere)).toEqual([]);

    rmSync(join(where.dir, "node_modules"), { recursive: true });
    await lint(where, "--cache");
    const body = emptied(where);
    const planted = join(elsewhere, "cache.json");
    writeFileSync(planted, signedCache(where.home, body));
    await expectIgnored(where, () => {
      rmSync(where.cache);
      symlinkSync(planted, where.cache);
    });
    // The link was replaced by a cache of the tool's own, never written through.
    expect(lstatSync(where.cache).isSymbolicLink()).toBe(false);
    expect(readFileSync(planted, "utf8")).toBe(signedCache(where.home, body));
  });

  it("lints without a cache, silently, when there is no home folder for the key or the cache folder cannot be written", async () => {
    const where = place();
    const plain = await lint(where);
    expect(await runCli([...ARGS, "--cache"], { cwd: where.dir, env: { PATH: where.env.PATH } })).toEqual(plain);
    expect(existsSync(where.cache)).toBe(false);
    writeFileSync(join(where.dir, "node_modules"), "a file where the folder should be");
    expect(await lint(where, "--cache")).toEqual(plain);
    expect(readFileSync(join(where.dir, "node_modules"), "utf8")).toBe("a file where the folder should be");
  });

  it("keeps the cache where --cache-location says, and refuses --cache-location without --cache", async () => {
    const where = place();
    const plain = await lint(where);
    expect(await lint(where, "--cache", "--cache-location", "../my-cache.json")).toEqual(plain);
    expect(existsSync(join(where.dir, "..", "my-cache.json"))).toBe(true);
    expect(existsSync(where.cache)).toBe(false);
    expect(await lint(where, "--cache", "--cache-location", "../my-cache.json")).toEqual(plain);
    // The secret goes under XDG_CACHE_HOME when it is set, before HOME.
    const xdg = join(where.root, "xdg");
    expect(await runCli([...ARGS, "--cache"], { cwd: where.dir, env: { PATH: where.env.PATH, XDG_CACHE_HOME: xdg } })).toEqual(plain);
    expect(readFileSync(join(xdg, "agreements-as-code", "lint-cache-secret"), "utf8")).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(where.cache)).toBe(true);
    const refused = await lint(where, "--cache-location", "../my-cache.json");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--cache-location works only with --cache.");
  });
});
