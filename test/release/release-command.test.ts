import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { releaseCommand } from "../../scripts/commands/release.js";
import { findBrowser } from "../../scripts/document/browser.js";
import { DOCUMENT_LABELS } from "../../scripts/document/labels.js";
import { UserError } from "../../scripts/errors.js";
import type { PackageManifest } from "../../scripts/package/manifest.js";
import { releaseName } from "../../scripts/release/plan.js";
import { pdfInfo, pdfText } from "../helpers/browser.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, captureIO, createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { runCli, runRefused } from "../helpers/cli.js";

const TAG = "submission-2020";
const UPLOAD = "POST /repos/{owner}/{repo}/releases/{release_id}/assets";
const VM = "agreements/vm/vm-statssekreterare.md";
const OM = "agreements/om/om-kanslichef.md";
const UM = "agreements/um/um-valtiosihteeri.md";

/** The shipped goal catalogues, as a submission commits them. */
const GOALS = Object.fromEntries(readdirSync(join(REPOSITORY_ROOT, "goals")).map((name) => [`goals/${name}`, readFileSync(join(REPOSITORY_ROOT, "goals", name), "utf8")]));
const VM_TEXT = agreementText();
/** An evaluation summary no public file may carry: a summary judges a named person, as a rating does. */
const PLANTED_SUMMARY = "Planterad sammanfattning 7Q4X";
const OM_TEXT = agreementText({
  id: "om-kanslichef",
  ministry: "OM",
  title: "Ledningsavtal för kanslichefen vid justitieministeriet",
  evaluations: `  - year: 2019\n    date: 2020-03-20\n    rating: excellent\n    summary: ${PLANTED_SUMMARY}\n    bonus: none\n`,
});

const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

/**
 * A repository whose 2020 submission is tagged on 2020-04-30, with work after it that the release must
 * not pick up: a later commit (a new agreement, an edited one) and an uncommitted edit.
 */
async function submittedRepository(options: { tag?: "annotated" | "lightweight" | "none" } = {}): Promise<TestRepository> {
  const repository = await createTestRepository();
  await repository.commit({ message: "Agreements for 2020 (#4)", files: { ...GOALS, [VM]: VM_TEXT, [OM]: OM_TEXT } });
  const tag = options.tag ?? "annotated";
  if (tag === "annotated") await repository.tag(TAG, { message: "Submission of 2020", date: "2020-04-30" });
  if (tag === "lightweight") await repository.tag(TAG);
  await repository.commit({
    message: "Work on 2021 (#5)",
    date: "2020-06-01",
    files: { [UM]: agreementText({ id: "um-valtiosihteeri", ministry: "UM" }), [VM]: agreementText({ title: "Changed after the submission" }) },
  });
  writeFileSync(join(repository.dir, OM), "not committed, not submitted\n");
  return repository;
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** The requests this run sent that change something on GitHub. */
  writes: string[];
}

/** Runs the command through main(), as the bin does (a usage error is exit 2 with its message), and checks the token never shows. */
async function release(fake: FakeGitHub, repository: TestRepository, ...args: string[]): Promise<Run> {
  const before = fake.requests.length;
  // These tests read the English words; the languages of the notes have a test of their own (remind-release-language).
  const run = await runCli(["release", "2020", ...(args.includes("--lang") ? args : [...args, "--lang", "en"])], { cwd: repository.dir, env: { ...repository.env, ...fake.env } });
  expect(run.stdout + run.stderr).not.toContain(fake.token);
  const writes = fake.requests.slice(before).filter((request) => request.method !== "GET" && !request.injected);
  return { ...run, writes: writes.map((request) => `${request.method} ${request.operationId}`) };
}

/** Runs the real command line (as the bin does) in the repository. */
async function cli(repository: TestRepository, ...argv: string[]) {
  return runCli(argv, { cwd: repository.dir, env: repository.env });
}

function outFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "agreements-release-"));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

function assetNames(fake: FakeGitHub): string[] {
  return (fake.repository.releases[0]?.assets ?? []).map((asset) => asset.name).sort();
}

/**
 * Makes the `n`th upload fail, and `times - 1` requests after it (the client's retries): the failure is
 * armed the moment the fake records the (n-1)th successful upload, before the client sends the next.
 */
function failUploadsFrom(fake: FakeGitHub, n: number, times: number): void {
  const requests = fake.requests;
  const push = requests.push.bind(requests);
  let armed = false;
  requests.push = (...items) => {
    const length = push(...items);
    const uploaded = requests.filter((request) => request.operationId === "repos/upload-release-asset" && request.status === 201).length;
    if (!armed && uploaded === n - 1) {
      armed = true;
      fake.fail({ route: UPLOAD, status: 500, times });
    }
    return length;
  };
}

describe("agreements release", { timeout: 120_000 }, () => {
  it("creates the release from the tagged files, dated by the tag, with every file attached; a second run does nothing", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    const first = await release(fake, repository);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Created the release "${releaseName(2020)}".`);
    expect(first.stdout).toContain(`tagged on 2020-04-30`);
    expect(first.stdout).toContain(`The release for ${TAG} is complete.`);

    const [published] = fake.repository.releases;
    expect(fake.repository.releases).toHaveLength(1);
    expect(published!.tagName).toBe(TAG);
    expect(published!.name).toBe(releaseName(2020));
    expect(published!.draft).toBe(false);
    // The release marks the tagged commit, not the default branch.
    expect(published!.targetCommitish).toBe((await repository.run(["rev-parse", `${TAG}^{commit}`])).trim());
    const names = assetNames(fake);
    expect(names).toEqual(["agreements.csv", ...names.filter((name) => name.endsWith(".csv") && name !== "agreements.csv"), "manifest.json", "om-kanslichef.html", "om-kanslichef.pdf", "report.html", "vm-statssekreterare.html", "vm-statssekreterare.pdf"].sort());
    expect(first.writes).toEqual(["POST repos/create-release", ...names.map(() => "POST repos/upload-release-asset")]);
    const asset = (name: string) => published!.assets.find((candidate) => candidate.name === name)!;
    expect(published!.body).toContain("# Management agreements: report for the 2020 cycle");
    expect(published!.body).toContain("- the 2 agreements as PDF, each also as a web page (HTML)");

    // The files as tagged: not the later commit, not the uncommitted edit; the report measured on the tag's date.
    const manifest = JSON.parse(asset("manifest.json").data.toString("utf8")) as PackageManifest;
    expect(manifest).toMatchObject({ tag: TAG, cycle: 2020, date: "2020-04-30", commit: published!.targetCommitish });
    // What printed the PDFs, since their bytes depend on it.
    expect(manifest.browserVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(manifest.sources.agreements.map((entry) => [entry.path, entry.sha256])).toEqual([
      [OM, sha256(OM_TEXT)],
      [VM, sha256(VM_TEXT)],
    ]);
    // The manifest lists every other attached file, by the bytes attached.
    expect(manifest.files.map((entry) => entry.name)).toEqual(names.filter((name) => name !== "manifest.json"));
    for (const entry of manifest.files) expect(sha256(asset(entry.name).data)).toBe(entry.sha256);
    expect(pdfText(asset("vm-statssekreterare.pdf").data)).not.toContain("Changed after the submission");
    expect(pdfInfo(asset("vm-statssekreterare.pdf").data).CreationDate).toMatch(/Apr 30 00:00:00 2020/);
    expect(asset("manifest.json").contentType).toBe("application/json");
    expect(asset("om-kanslichef.pdf").contentType).toBe("application/pdf");

    const second = await release(fake, repository);
    expect(second).toMatchObject({ status: 0, stderr: "", writes: [] });
    expect(second.stdout).toContain(`Nothing left to do: the release for ${TAG} is complete.`);
    expect(assetNames(fake)).toEqual(names);
  });

  it("--dry-run shows the plan and changes nothing", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    const run = await release(fake, repository, "--dry-run");
    expect(run.status).toBe(0);
    expect(run.writes).toEqual([]);
    expect(run.stdout).toContain(`Would create the release "${releaseName(2020)}" for the tag ${TAG}.`);
    expect(run.stdout).toContain("manifest.json (");
    expect(run.stdout).toContain("Dry run: nothing was changed on GitHub.");
    expect(fake.repository.releases).toEqual([]);
  });

  it("a failure on the third upload says what was done; the next run uploads only what is missing", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    // 4 = the request and the client's 3 retries: the upload fails for good.
    failUploadsFrom(fake, 3, 4);
    const failed = await release(fake, repository);
    expect(failed.status).toBe(2);
    expect(fake.requests.filter((request) => request.injected)).toHaveLength(4);
    const uploadedFirst = assetNames(fake);
    expect(uploadedFirst).toHaveLength(2);
    const total = failed.stdout.match(/Will upload (\d+) files:/)![1];
    expect(failed.stderr).toContain("GitHub had a server error (500) and still failed after retrying");
    const inUploadOrder = [...failed.stdout.matchAll(/^Uploaded (\S+) \(/gm)].map((match) => match[1]!);
    expect([...inUploadOrder].sort()).toEqual(uploadedFirst);
    expect(failed.stderr).toContain(
      `Done before it stopped: created the release "${releaseName(2020)}"; uploaded ${inUploadOrder.join(", ")}. Run the same command again once this is fixed: it finishes the job and does nothing twice.`,
    );
    expect(failed.stderr.trim().split("\n")).toHaveLength(1);

    const finished = await release(fake, repository);
    expect(finished.status).toBe(0);
    expect(finished.stdout).toContain("Already attached: ");
    for (const name of uploadedFirst) expect(finished.stdout).toContain(name);
    expect(finished.writes).toEqual(Array.from({ length: Number(total) - 2 }, () => "POST repos/upload-release-asset"));
    expect(assetNames(fake)).toHaveLength(Number(total));
    expect(fake.repository.releases).toHaveLength(1);
  });

  it("a file already attached with other contents is replaced by the one made from the tag, saying so, after the rest is done", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    fake.repository.addRelease({ tagName: TAG, name: releaseName(2020), body: "Old notes", assets: [{ name: "manifest.json", contentType: "application/json", data: "{}" }] });
    const run = await release(fake, repository);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Will replace manifest.json: the attached file's SHA-256 is ${sha256("{}").slice(0, 12)}…, but the file made from the tag has `);
    expect(run.stdout).toMatch(/Replaced manifest\.json \(it differed from the file made from the tag\)\./);
    const [published] = fake.repository.releases;
    const manifest = published!.assets.find((asset) => asset.name === "manifest.json")!.data.toString("utf8");
    expect(JSON.parse(manifest)).toMatchObject({ tag: TAG });
    expect(published!.body).not.toBe("Old notes");
    expect(run.writes.filter((write) => write === "DELETE repos/delete-release-asset")).toHaveLength(1);

    const again = await release(fake, repository);
    expect(again).toMatchObject({ status: 0, writes: [] });
  });

  it("a forged manifest.json of the same size (wrong checksums) does not stay published: GitHub's digest tells", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    await release(fake, repository);
    const asset = fake.repository.releases[0]!.assets.find((candidate) => candidate.name === "manifest.json")!;
    const genuine = asset.data.toString("utf8");
    // Another hash for the VM agreement, of the same length: same name, same size, other contents.
    const forged = genuine.replace(sha256(VM_TEXT), sha256("forged"));
    expect(forged).not.toBe(genuine);
    expect(forged.length).toBe(genuine.length);
    asset.data = Buffer.from(forged);

    const run = await release(fake, repository);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Will replace manifest.json: the attached file's SHA-256 is ${sha256(forged).slice(0, 12)}…`);
    expect(run.writes).toEqual(["DELETE repos/delete-release-asset", "POST repos/upload-release-asset"]);
    expect(fake.repository.releases[0]!.assets.find((candidate) => candidate.name === "manifest.json")!.data.toString("utf8")).toBe(genuine);
  });

  it("without GitHub's digest, an attached file is downloaded (without the token, from the storage host) and hashed: kept if it matches, replaced if forged", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    await release(fake, repository);
    const assets = fake.repository.releases[0]!.assets;
    for (const asset of assets) asset.digest = null;
    const manifest = assets.find((candidate) => candidate.name === "manifest.json")!;
    const genuine = manifest.data.toString("utf8");
    manifest.data = Buffer.from(genuine.replace(sha256(OM_TEXT), sha256("forged")));

    const run = await release(fake, repository);
    expect(run.status).toBe(0);
    expect(run.writes).toEqual(["DELETE repos/delete-release-asset", "POST repos/upload-release-asset"]);
    expect(fake.repository.releases[0]!.assets.find((candidate) => candidate.name === "manifest.json")!.data.toString("utf8")).toBe(genuine);
    const downloads = fake.downloads;
    expect(downloads.length).toBe(assets.length);
    expect(downloads.every((download) => download.authorization === undefined)).toBe(true);
  });

  it("an existing release with other notes, still a draft, is updated and published; its files are not sent again", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    expect((await release(fake, repository)).status).toBe(0);
    const [published] = fake.repository.releases;
    const notes = published!.body;
    published!.body = "Edited by hand";
    published!.draft = true;
    const run = await release(fake, repository);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Will update the release for the tag ${TAG}: its notes, publish it (it is a draft).`);
    expect(run.writes).toEqual(["PATCH repos/update-release"]);
    expect(published!.body).toBe(notes);
    expect(published!.draft).toBe(false);
  });

  it("refuses without the tag, telling to run agreements submit first, before asking GitHub anything", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository({ tag: "none" });
    const run = await release(fake, repository);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`there is no tag ${TAG} in this copy of the repository`);
    expect(run.stderr).toContain('"agreements submit 2020" first');
    expect(fake.requests).toEqual([]);
  });

  it("refuses a lightweight tag, which has no date to publish by", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository({ tag: "lightweight" });
    const run = await release(fake, repository);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`the tag ${TAG} is a plain (lightweight) tag`);
    expect(fake.requests).toEqual([]);
  });

  it("403 on creating the release names the permission to add and says nothing was changed", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    fake.fail({ route: "POST /repos/{owner}/{repo}/releases", status: 403 });
    const run = await release(fake, repository);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the token lacks the permission "contents: write"');
    expect(run.stderr).toContain("Nothing was changed on GitHub before it stopped. Run the same command again once this is fixed: it finishes the job and does nothing twice.");
    expect(fake.repository.releases).toEqual([]);
    expect(run.writes).toEqual([]);
  });

  // Called directly, not through main(): main()'s output guard would mask the token, and this checks that the
  // command's own sentence never holds it.
  it("a wrong token is one sentence naming the variable, without the token", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    const output = captureIO(repository.dir, { ...repository.env, ...fake.env, OTHER_TOKEN: "ghp_wrongwrongwrong" });
    const error = await releaseCommand.run(["2020", "--token-env", "OTHER_TOKEN"], output.io).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain("GitHub does not accept the token in OTHER_TOKEN");
    expect((error as UserError).message).not.toContain("ghp_wrongwrongwrong");
  });

  it("attaches exactly what agreements package writes for the same tag: same names, same bytes, same manifest", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    expect((await release(fake, repository)).status).toBe(0);
    const out = outFolder();
    const packaged = await cli(repository, "package", "2020", "--out", out, "--lang", "en");
    expect(packaged.stderr).toBe("");
    expect(packaged.status).toBe(0);
    const attached = fake.repository.releases[0]!.assets;
    expect(attached.map((asset) => asset.name).sort()).toEqual(readdirSync(out).sort());
    for (const asset of attached) expect(Buffer.compare(asset.data, readFileSync(join(out, asset.name))), asset.name).toBe(0);
  }, 120_000);

  it("never publishes an evaluation summary, rating or bonus proposal: those are only in agreements package --restricted", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    expect((await release(fake, repository)).status).toBe(0);
    const labels = DOCUMENT_LABELS.sv;
    /** What a reader sees in a file: a PDF's text, a page's or table's text as written. */
    const text = (name: string, bytes: Uint8Array) => (name.endsWith(".pdf") ? pdfText(bytes) : Buffer.from(bytes).toString("utf8"));
    const attached = fake.repository.releases[0]!.assets;
    expect(attached.some((asset) => asset.name.startsWith("restricted-"))).toBe(false);
    for (const asset of attached) {
      const shown = text(asset.name, asset.data);
      expect(shown, asset.name).not.toContain(PLANTED_SUMMARY);
      expect(shown, asset.name).not.toContain(labels.rating);
      expect(shown, asset.name).not.toContain(labels.bonus);
    }
    // The control: the same tag's restricted files do carry them, so the search above can find them.
    const out = outFolder();
    expect((await cli(repository, "package", "2020", "--out", out, "--restricted", "--lang", "en")).status).toBe(0);
    for (const name of ["restricted-om-kanslichef.pdf", "restricted-om-kanslichef.html"]) {
      const shown = text(name, readFileSync(join(out, name))).replace(/\s+/g, " ");
      expect(shown, name).toContain(PLANTED_SUMMARY);
      expect(shown, name).toContain(labels.rating);
      expect(shown, name).toContain(labels.bonus);
    }
    // The public files of a restricted package, manifest.json included, are the release's; the restricted ones have their own manifest.
    const publicNames = readdirSync(out).filter((candidate) => !candidate.startsWith("restricted-"));
    expect(publicNames.sort()).toEqual(attached.map((asset) => asset.name).sort());
    for (const asset of attached) expect(Buffer.compare(asset.data, readFileSync(join(out, asset.name))), asset.name).toBe(0);
    const restrictedManifest = JSON.parse(readFileSync(join(out, "restricted-manifest.json"), "utf8")) as PackageManifest;
    expect(restrictedManifest.files.map((entry) => entry.name)).toEqual(readdirSync(out).filter((name) => name.startsWith("restricted-") && name !== "restricted-manifest.json").sort());
  }, 120_000);

  it("a restricted-* file attached to the release by hand fails the run, saying to delete it, after the release's own files are done", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    fake.repository.addRelease({ tagName: TAG, name: releaseName(2020), body: "Old notes", assets: [{ name: "restricted-om-kanslichef.pdf", contentType: "application/pdf", data: "%PDF" }] });
    const run = await release(fake, repository);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`The release for ${TAG} also carries restricted-om-kanslichef.pdf: files named restricted-* hold personal data`);
    expect(run.stderr).toContain("Delete them from the release on GitHub");
    expect(run.stdout).not.toContain("is complete");
    // The run's own files are all there; the restricted one is left for a person (the run did not make it).
    expect(assetNames(fake)).toContain("manifest.json");
    expect(run.writes).not.toContain("DELETE repos/delete-release-asset");
    fake.repository.releases[0]!.assets = fake.repository.releases[0]!.assets.filter((asset) => !asset.name.startsWith("restricted-"));
    expect(await release(fake, repository)).toMatchObject({ status: 0, writes: [] });
  });

  it.each<{ name: string; files: Record<string, string>; message: string }>([
    {
      name: "two agreements whose files share a name would become one PDF",
      files: { "agreements/om/vm-statssekreterare.md": agreementText({ id: "om-copy", ministry: "OM" }) },
      message: "agreements/om/vm-statssekreterare.md and agreements/vm/vm-statssekreterare.md would both be vm-statssekreterare.pdf in the package",
    },
    {
      name: "an agreement file named report.md would take the report's place",
      files: { "agreements/om/report.md": agreementText({ id: "om-report", ministry: "OM" }) },
      message: "agreements/om/report.md would be report.html in the package, the name of the package's own report.html.",
    },
    {
      name: "an agreement file's name GitHub would change on upload (so a re-run could not find it)",
      files: { "agreements/om/kansliapäällikkö (2020).md": agreementText({ id: "om-kanslipaallikko", ministry: "OM" }) },
      message: "agreements/om/kansliapäällikkö (2020).md: the package names each agreement's PDF after its file, and GitHub renames a release file with a name like this one",
    },
    {
      name: "an agreement file named restricted-* would pass for personal data",
      files: { "agreements/om/restricted-x.md": agreementText({ id: "restricted-x", ministry: "OM" }) },
      message: "agreements/om/restricted-x.md: a name that starts with restricted- is kept for files with personal data",
    },
  ])("refuses a submission where $name, in a sentence, before asking GitHub anything", async ({ files, message }) => {
    const fake = await startFakeGitHub();
    const repository = await createTestRepository();
    await repository.commit({ message: "Agreements", files: { ...GOALS, [VM]: VM_TEXT, ...files } });
    await repository.tag(TAG, { message: "Submission of 2020", date: "2020-04-30" });
    const run = await release(fake, repository);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(fake.requests).toEqual([]);
  });

  it("without a browser for the PDFs, says how to name one (exit 2) before asking GitHub anything", async () => {
    const fake = await startFakeGitHub();
    const repository = await submittedRepository();
    const { status, stderr } = await runCli(["release", "2020"], { cwd: repository.dir, env: { ...repository.env, ...fake.env, AGREEMENTS_BROWSER: "/nowhere/chromium" } });
    expect(status).toBe(2);
    expect(stderr).toMatch(/AGREEMENTS_BROWSER names \/nowhere\/chromium, but there is no file there\. Give the path of Chromium or Google Chrome\./);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(fake.requests).toEqual([]);
  });

  it("with no browser installed at all, names --browser and AGREEMENTS_BROWSER, and offers no HTML-only way out (a release always prints)", () => {
    const find = (htmlAlternative?: boolean) => {
      try {
        findBrowser({ env: {}, cwd: "/", exists: () => false, ...(htmlAlternative === undefined ? {} : { htmlAlternative }) });
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    };
    expect(find()).toMatch(/^no Chromium or Google Chrome was found to print the PDF with \(looked in .*\)\. Install Chromium .*--browser PATH or the environment variable AGREEMENTS_BROWSER\.$/);
    expect(find()).not.toContain("--format");
    // render and brief, whose HTML needs no browser, still say so.
    expect(find(true)).toContain("The HTML files need no browser: use --format html.");
  });

  it("refuses a year that is not four digits", async () => {
    const fake = await startFakeGitHub();
    expect(await runRefused(["release", "twenty"], { cwd: REPOSITORY_ROOT, env: fake.env })).toBe('give the year of the submission to publish, for example: agreements release 2020 (got "twenty").');
  });
});
