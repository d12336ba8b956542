import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { copyExamples, REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { cacheFileIn, readCacheBody, writeSignedCache, type CacheBody } from "../helpers/lint-cache.js";

const FORMATS = ["text", "json", "sarif", "github"] as const;
const VM = "agreements/vm/vm-statssekreterare.md";
const EXAMPLE = readFileSync(join(REPOSITORY_ROOT, VM), "utf8");

/**
 * The shipped agreements and goals, plus files that give every kind of finding something to say: a link to a
 * file that is not there yet, a common goal whose id is a workflow command, an id used twice, and Finnish.
 */
async function exampleRepository(): Promise<TestRepository> {
  const repository = await createTestRepository();
  copyExamples(repository.dir);
  await repository.commit({
    message: "Agreements",
    files: {
      "agreements/vm/linked.md": EXAMPLE.replace("id: vm-statssekreterare", "id: vm-linked").replace(/^# .*$/m, "$&\n\nSe [bilagan](bilaga.md) och [planen](../../docs/plan.md)."),
      "agreements/vm/hostile.md": EXAMPLE.replace("id: vm-statssekreterare", "id: vm-hostile").replace("common: mobility", 'common: "::error::planted"'),
      "agreements/vm/twin.md": EXAMPLE.replace("id: vm-statssekreterare", "id: vm-twin"),
    },
  });
  return repository;
}

/** One lint per format without the cache, and two with it (the first may fill it, the second reads it): all alike. */
async function expectSameWithCache(repository: TestRepository, ...args: string[]): Promise<void> {
  const place = { cwd: repository.dir, env: repository.env };
  for (const format of FORMATS) {
    const plain = await runCli(["lint", "--format", format, ...args], place);
    expect(plain.stderr).toBe("");
    for (const run of ["first", "second"]) {
      const cached = await runCli(["lint", "--cache", "--format", format, ...args], place);
      expect({ format, run, ...cached }).toEqual({ format, run, ...plain });
    }
  }
  expect(existsSync(cacheFileIn(repository.dir))).toBe(true);
}

describe("agreements lint --cache", () => {
  it("prints the same findings as without the cache, in every format, as files, catalogues, config, language and today change", async () => {
    const repository = await exampleRepository();
    const today = ["--today", "2020-05-01"];
    await expectSameWithCache(repository, ...today);
    const { entries } = readCacheBody(cacheFileIn(repository.dir));
    expect(Object.keys(entries)).toContain(VM);
    expect(entries["agreements/vm/hostile.md"]!.findings!.some((finding) => finding.message.includes("::error::planted"))).toBe(true);

    // One agreement changes: its findings, and the other file's duplicate-id finding, are new.
    writeFileSync(join(repository.dir, "agreements/vm/twin.md"), EXAMPLE.replace("id: vm-statssekreterare", "id: vm-linked").replace("agreed: 2020-04-15", "agreed: 2020-4-15"));
    await expectSameWithCache(repository, ...today);

    // The catalogue: a common goal the agreements use disappears from it.
    const goals = join(repository.dir, "goals", "2020.md");
    const catalogue = readFileSync(goals, "utf8");
    expect(catalogue).toContain("id: mobility");
    writeFileSync(goals, catalogue.replace("id: mobility", "id: mobility-renamed"));
    await expectSameWithCache(repository, ...today);

    // The config: a rule off, another lowered to a warning, then the repository's language.
    writeFileSync(join(repository.dir, "agreements.config.json"), JSON.stringify({ rules: { "broken-link": "off", "unknown-common-goal": "warn" } }));
    await expectSameWithCache(repository, ...today);
    writeFileSync(join(repository.dir, "agreements.config.json"), JSON.stringify({ rules: { "unknown-common-goal": "warn" }, language: "sv" }));
    await expectSameWithCache(repository, ...today);

    // The language chosen on the command line; another day (every waiver has expired by 2030).
    await expectSameWithCache(repository, ...today, "--lang", "fi");
    await expectSameWithCache(repository, "--today", "2030-01-01", "--lang", "fi");
    await expectSameWithCache(repository, "--today", "2021-06-01", "--lang", "en");

    // A file the unchanged agreement links to appears, then a folder it links to: only the answers changed.
    writeFileSync(join(repository.dir, "agreements/vm/bilaga.md"), "Bilaga\n");
    await expectSameWithCache(repository, ...today);
    cpSync(join(repository.dir, "goals"), join(repository.dir, "docs"), { recursive: true });
    writeFileSync(join(repository.dir, "docs/plan.md"), "Plan\n");
    await expectSameWithCache(repository, ...today);

    // One folder reported on, then everything again; then only the changed files.
    await expectSameWithCache(repository, ...today, "agreements/vm");
    await expectSameWithCache(repository, ...today);
    await repository.commit({ message: "Everything so far" });
    writeFileSync(join(repository.dir, VM), EXAMPLE.replace("agreed: 2020-04-15", "agreed: 2020-04-16"));
    await expectSameWithCache(repository, ...today, "--changed-since", "HEAD");
    await expectSameWithCache(repository, ...today);
  });

  it("really reuses an entry while its file is unchanged, and drops it when the file changes", async () => {
    const repository = await exampleRepository();
    const place = { cwd: repository.dir, env: repository.env };
    const args = ["lint", "--cache", "--format", "github", "--today", "2020-05-01"];
    const first = await runCli(args, place);
    expect(first.stdout).toContain("planted");
    // Re-sign the cache with one message changed, as only the tool itself can (the key is in the test's HOME):
    // what the next run prints comes from the cache. The new text tries to become a workflow command too.
    const file = cacheFileIn(repository.dir);
    const body = readCacheBody<CacheBody>(file);
    const finding = body.entries["agreements/vm/hostile.md"]!.findings!.find((each) => each.message.includes("planted"))!;
    finding.message = "Reused from the cache\n::warning::smuggled";
    writeSignedCache(file, repository.env.HOME!, body);
    const mtime = statSync(file).mtimeMs;

    const reused = await runCli(args, place);
    expect(reused.stdout).toContain("Reused from the cache");
    expect(reused.stdout.split("\n").some((line) => line.startsWith("::warning::smuggled"))).toBe(false);
    // Nothing changed: the cache is not written again.
    expect(statSync(file).mtimeMs).toBe(mtime);

    writeFileSync(join(repository.dir, "agreements/vm/hostile.md"), `${readFileSync(join(repository.dir, "agreements/vm/hostile.md"), "utf8")}\n`);
    const afresh = await runCli(args, place);
    expect(afresh.stdout).not.toContain("Reused from the cache");
    expect(afresh).toEqual(await runCli(args.filter((arg) => arg !== "--cache"), place));
  });

  it("lints afresh an agreement it kept from a run that did not report on it, once a run reports on it", async () => {
    const repository = await exampleRepository();
    const place = { cwd: repository.dir, env: repository.env };
    const args = ["lint", "--cache", "--format", "json", "--today", "2020-05-01"];
    await repository.commit({ message: "One more", files: { "agreements/um/broken.md": EXAMPLE.replace("id: vm-statssekreterare", "id: um-broken").replace("common: mobility", "common: mobilty") } });
    // A cold cache and nothing changed since HEAD: every agreement is read (unique ids are checked across all)
    // and kept, without findings, since none was reported on.
    await runCli([...args, "--changed-since", "HEAD"], place);
    expect(readCacheBody(cacheFileIn(repository.dir)).entries["agreements/um/broken.md"]!.findings).toBeNull();
    const all = await runCli(args, place);
    expect(all).toEqual(await runCli(args.filter((arg) => arg !== "--cache"), place));
    expect(all.stdout).toContain("mobilty");
  });

  it("drops the entry of an agreement that is gone, and writes the smaller cache", async () => {
    const repository = await exampleRepository();
    const place = { cwd: repository.dir, env: repository.env };
    const args = ["lint", "--cache", "--format", "json", "--today", "2020-05-01"];
    await runCli(args, place);
    expect(Object.keys(readCacheBody(cacheFileIn(repository.dir)).entries)).toContain("agreements/vm/twin.md");
    rmSync(join(repository.dir, "agreements/vm/twin.md"));
    expect(await runCli(args, place)).toEqual(await runCli(args.filter((arg) => arg !== "--cache"), place));
    expect(Object.keys(readCacheBody(cacheFileIn(repository.dir)).entries)).not.toContain("agreements/vm/twin.md");
  });
});
