import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it, onTestFinished } from "vitest";
import type { PackageManifest } from "../../scripts/package/manifest.js";
import { createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { pdfInfo, pdfText } from "../helpers/browser.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

const EXAMPLES = ["agreements/um/um-valtiosihteeri.md", "agreements/vm/vm-statssekreterare.md", "agreements/om/om-kanslichef.md"];
const read = (path: string) => readFileSync(join(REPOSITORY_ROOT, path), "utf8");

async function run(repository: TestRepository, ...argv: string[]) {
  return runCli(argv, { cwd: repository.dir, env: repository.env });
}

/** A repository with the 2020 catalogue and three example agreements, tagged submission-2020 on 2020-04-29. */
async function submittedRepository(): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.commit({ message: "Agreements for 2020", files: Object.fromEntries([["goals/2020.md", read("goals/2020.md")], ...EXAMPLES.map((path) => [path, read(path)])]) });
  await repository.tag("submission-2020", { message: "Submission 2020", date: "2020-04-29" });
  return repository;
}

function outFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "agreements-package-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("agreements package", () => {
  it("builds the submission from the tagged tree: PDF and HTML per agreement, the report, a manifest that checks out", async () => {
    const repository = await submittedRepository();
    // Changed after the tag: the package must not see it.
    writeFileSync(join(repository.dir, EXAMPLES[0]!), read(EXAMPLES[0]!).replace("title: Ulkoministeriön valtiosihteerin johtamissopimus", "title: Muutettu otsikko"));
    const out = join(outFolder(), "package");
    const zip = join(outFolder(), "submission-2020.zip");
    const first = await run(repository, "package", "2020", "--out", out, "--zip", zip);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("from the tag submission-2020");

    const names = readdirSync(out).sort();
    for (const base of ["um-valtiosihteeri", "vm-statssekreterare", "om-kanslichef"]) expect(names).toEqual(expect.arrayContaining([`${base}.pdf`, `${base}.html`]));
    expect(names).toEqual(expect.arrayContaining(["report.html", "manifest.json", "agreements.csv"]));
    expect(names.some((name) => name.startsWith("restricted-"))).toBe(false);

    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as PackageManifest;
    const tagCommit = (await repository.run(["rev-parse", "submission-2020^{commit}"])).trim();
    expect(manifest).toMatchObject({ version: 1, cycle: 2020, tag: "submission-2020", commit: tagCommit, date: "2020-04-29" });
    expect(manifest.figures.total.files).toBe(3);
    // The sources as tagged: the UM agreement's hash is that of the tagged file, not of the edited one.
    expect(manifest.sources.catalogue).toEqual({ path: "goals/2020.md", sha256: sha256(Buffer.from(read("goals/2020.md"))) });
    expect(manifest.sources.agreements.map((entry) => [entry.path, entry.sha256])).toEqual(
      [...EXAMPLES].sort().map((path) => [path, sha256(Buffer.from(read(path)))]),
    );
    expect(manifest.files.map((file) => file.name)).toEqual(names.filter((name) => name !== "manifest.json"));
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.name));
      expect({ name: file.name, size: bytes.byteLength, sha256: sha256(bytes) }).toEqual(file);
    }
    const um = readFileSync(join(out, "um-valtiosihteeri.pdf"));
    expect(pdfText(um)).toContain("Ulkoministeriön valtiosihteerin johtamissopimus");
    expect(pdfText(um)).not.toContain("Muutettu otsikko");
    expect(pdfInfo(um).CreationDate).toMatch(/Apr 29 00:00:00 2020/);

    // The zip holds the same files, stamped with the tag's date.
    const entries = unzipSync(readFileSync(zip));
    expect(Object.keys(entries).sort()).toEqual(names.map((name) => `submission-2020/${name}`));
    for (const name of names) expect(Buffer.compare(Buffer.from(entries[`submission-2020/${name}`]!), readFileSync(join(out, name)))).toBe(0);

    // Again, into the same places: nothing to do. Into new ones: the same bytes.
    const again = await run(repository, "package", "2020", "--out", out, "--zip", zip);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`(${names.length} already there, unchanged)`);
    expect(again.stdout).toContain("is already there, unchanged");
    const otherOut = join(outFolder(), "package");
    const otherZip = join(outFolder(), "again.zip");
    expect((await run(repository, "package", "2020", "--out", otherOut, "--zip", otherZip)).status).toBe(0);
    for (const name of names) expect(sha256(readFileSync(join(otherOut, name))), name).toBe(sha256(readFileSync(join(out, name))));
    expect(sha256(readFileSync(otherZip))).toBe(sha256(readFileSync(zip)));
  }, 120_000);

  it("never replaces a file with other contents, and then writes nothing at all", async () => {
    const repository = await submittedRepository();
    const out = outFolder();
    writeFileSync(join(out, "report.html"), "someone else's report");
    const zip = join(outFolder(), "package.zip");
    const result = await run(repository, "package", "2020", "--out", out, "--zip", zip);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/already has a file of the same name with other contents \(report\.html\)\. Nothing was written\./);
    expect(readdirSync(out)).toEqual(["report.html"]);
    expect(readFileSync(join(out, "report.html"), "utf8")).toBe("someone else's report");
    expect(readdirSync(join(zip, ".."))).toEqual([]);
  }, 120_000);

  it("adds the restricted-* files only with --restricted, and builds from the working folder when there is no tag", async () => {
    const repository = await createTestRepository();
    await repository.commit({ message: "Agreements", files: { "goals/2020.md": read("goals/2020.md"), [EXAMPLES[0]!]: read(EXAMPLES[0]!) } });
    const out = outFolder();
    const result = await run(repository, "package", "2020", "--out", out, "--restricted", "--today", "2020-04-20");
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("There is no tag submission-2020: building the package from the working folder, dated 2020-04-20.");
    const names = readdirSync(out);
    expect(names).toEqual(expect.arrayContaining(["restricted-report.html", "restricted-um-valtiosihteeri.pdf", "restricted-um-valtiosihteeri.html", "um-valtiosihteeri.pdf"]));
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as PackageManifest;
    expect(manifest).toMatchObject({ tag: null, date: "2020-04-20", commit: (await repository.run(["rev-parse", "HEAD"])).trim() });
    expect(readFileSync(join(out, "restricted-um-valtiosihteeri.html"), "utf8")).toContain("tyydyttävä");
    expect(readFileSync(join(out, "um-valtiosihteeri.html"), "utf8")).not.toContain("<td>tyydyttävä</td>");
  }, 120_000);

  it("names --browser and AGREEMENTS_BROWSER when the browser it is told to use is not there, with exit 2", async () => {
    const repository = await submittedRepository();
    const { status, stderr } = await runCli(["package", "2020", "--out", outFolder()], { cwd: repository.dir, env: { ...repository.env, AGREEMENTS_BROWSER: "/nowhere/chromium" } });
    expect(status).toBe(2);
    expect(stderr).toMatch(/AGREEMENTS_BROWSER names \/nowhere\/chromium, but there is no file there/);
  });
});
