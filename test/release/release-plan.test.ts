import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Release, ReleaseAsset } from "../../scripts/github/types.js";
import type { Agreement } from "../../scripts/model/types.js";
import { lintWholeRepository } from "../../scripts/lint/run.js";
import { buildPackageManifest, type PackageManifest } from "../../scripts/package/manifest.js";
import { contentTypeOf, releaseFilesOf, type ReleaseFile } from "../../scripts/release/files.js";
import { formatReleasePlan } from "../../scripts/release/format-plan.js";
import { readableCatalogues } from "../../scripts/model/choose-catalogue.js";
import { buildReport } from "../../scripts/report/build.js";
import type { ReportModel } from "../../scripts/report/model.js";
import { buildReleaseNotes } from "../../scripts/release/notes.js";
import { buildReleasePlan, isReleaseComplete, releaseName, type ReleasePlan } from "../../scripts/release/plan.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { READER } from "../helpers/reader.js";

const TAG = "submission-2020";
const NOTES = "The notes.\n";

function file(name: string, text: string): ReleaseFile {
  return { name, contentType: contentTypeOf(name), bytes: Buffer.from(text) };
}

const FILES = [file("report.md", "# Report\n"), file("update.csv", "a,b\r\n"), file("manifest.json", "{}\n")];

/** An attached file with these contents, its SHA-256 as GitHub's digest gives it. */
function asset(id: number, name: string, text: string): ReleaseAsset {
  return { id, name, size: Buffer.byteLength(text), contentType: contentTypeOf(name), sha256: createHash("sha256").update(text).digest("hex") };
}

function release(overrides: Partial<Release> = {}): Release {
  return {
    id: 7,
    tagName: TAG,
    name: releaseName(2020),
    body: NOTES,
    draft: false,
    uploadUrl: "https://uploads.example.test/repos/o/r/releases/7/assets{?name,label}",
    assets: [],
    ...overrides,
  };
}

/** The plan with file contents reduced to names, so expectations stay short. */
function summary(plan: ReleasePlan) {
  return { release: plan.release, uploads: plan.uploads.map((upload) => upload.name), present: plan.present, replaced: plan.replacements.map((replacement) => replacement.file.name), others: plan.others, complete: isReleaseComplete(plan) };
}

describe("buildReleasePlan", () => {
  it.each<{ name: string; existing?: Release; expected: ReturnType<typeof summary> }>([
    {
      name: "no release yet: create it and upload every file",
      expected: { release: { kind: "create" }, uploads: ["report.md", "update.csv", "manifest.json"], present: [], replaced: [], others: [], complete: false },
    },
    {
      name: "a run failed after two uploads: only the missing file is uploaded",
      existing: release({ assets: [asset(1, "report.md", "# Report\n"), asset(2, "update.csv", "a,b\r\n")] }),
      expected: { release: { kind: "keep", releaseId: 7 }, uploads: ["manifest.json"], present: ["report.md", "update.csv"], replaced: [], others: [], complete: false },
    },
    {
      name: "everything is there: nothing to do",
      existing: release({ assets: [asset(1, "report.md", "# Report\n"), asset(2, "update.csv", "a,b\r\n"), asset(3, "manifest.json", "{}\n")] }),
      expected: { release: { kind: "keep", releaseId: 7 }, uploads: [], present: ["report.md", "update.csv", "manifest.json"], replaced: [], others: [], complete: true },
    },
    {
      name: "same name, other contents (even of the same size, as a forgery would be): replaced",
      existing: release({ assets: [asset(1, "report.md", "# Forged\n"), asset(3, "manifest.json", "{}\n")] }),
      expected: {
        release: { kind: "keep", releaseId: 7 },
        uploads: ["update.csv"],
        present: ["manifest.json"],
        replaced: ["report.md"],
        others: [],
        complete: false,
      },
    },
    {
      name: "a draft with other notes and title is updated and published; files added by hand are left alone",
      existing: release({ name: "Draft", body: "old", draft: true, assets: [asset(9, "signed.pdf", "%PDF"), asset(8, "a-note.txt", "note")] }),
      expected: {
        release: { kind: "update", releaseId: 7, changes: ["name", "body", "draft"] },
        uploads: ["report.md", "update.csv", "manifest.json"],
        present: [],
        replaced: [],
        others: ["a-note.txt", "signed.pdf"],
        complete: false,
      },
    },
  ])("$name", ({ existing, expected }) => {
    const plan = buildReleasePlan({ tag: TAG, year: 2020, notes: NOTES, files: FILES, ...(existing ? { existing } : {}) });
    expect(summary(plan)).toEqual(expected);
    expect(plan.name).toBe("Management agreements 2020: submission");
    expect(plan.body).toBe(NOTES);
  });

  it("names a restricted-* file attached by hand, leaves it for a person to delete, and says why and how", () => {
    const existing = release({ assets: [asset(1, "report.md", "# Report\n"), asset(2, "update.csv", "a,b\r\n"), asset(3, "manifest.json", "{}\n"), asset(4, "restricted-report.html", "<p>")] });
    const plan = buildReleasePlan({ tag: TAG, year: 2020, notes: NOTES, files: FILES, existing });
    expect(summary(plan)).toMatchObject({ uploads: [], replaced: [], others: ["restricted-report.html"], complete: true });
    expect(plan.restricted).toEqual(["restricted-report.html"]);
    expect(formatReleasePlan(plan, false)).toContain(
      "The release for submission-2020 also carries restricted-report.html: files named restricted-* hold personal data (evaluation summaries, ratings, bonus proposals) and must not be on a release",
    );
    expect(buildReleasePlan({ tag: TAG, year: 2020, notes: NOTES, files: FILES }).restricted).toEqual([]);
  });

  it("refuses to plan without the SHA-256 of an attached file it also makes", () => {
    const existing = release({ assets: [{ ...asset(1, "report.md", "# Report\n"), sha256: undefined }] });
    expect(() => buildReleasePlan({ tag: TAG, year: 2020, notes: NOTES, files: FILES, existing })).toThrow("the SHA-256 of the release file report.md is not known");
  });

  it("refuses two files of the same name", () => {
    expect(() => buildReleasePlan({ tag: TAG, year: 2020, notes: NOTES, files: [...FILES, file("report.md", "x")] })).toThrow("two release files are both named report.md");
  });

  it("prints what it would do, including which file it replaces and why", () => {
    const created = buildReleasePlan({ tag: TAG, year: 2020, notes: NOTES, files: FILES });
    expect(formatReleasePlan(created, true)).toMatchInlineSnapshot(`
      "Would create the release "Management agreements 2020: submission" for the tag submission-2020.
      Would upload 3 files:
        report.md (9 bytes)
        update.csv (5 bytes)
        manifest.json (3 bytes)
      "
    `);
    const partial = buildReleasePlan({
      tag: TAG,
      year: 2020,
      notes: NOTES,
      files: FILES,
      existing: release({ body: "old", assets: [asset(1, "report.md", "#"), asset(2, "update.csv", "a,b\r\n"), asset(4, "signed.pdf", "%")] }),
    });
    expect(formatReleasePlan(partial, false)).toMatchInlineSnapshot(`
      "Will update the release for the tag submission-2020: its notes.
      Will upload 1 file:
        manifest.json (3 bytes)
      Already attached: update.csv.
      Also attached, left as they are: signed.pdf.
      Will replace report.md: the attached file's SHA-256 is 334359b90efe…, but the file made from the tag has 497b7725a001…. A release file must be exactly what the tagged submission produces, so the attached one is deleted and the right one uploaded.
      "
    `);
    const done = buildReleasePlan({ tag: TAG, year: 2020, notes: NOTES, files: FILES.slice(0, 1), existing: release({ assets: [asset(1, "report.md", "# Report\n")] }) });
    expect(formatReleasePlan(done, false)).toMatchInlineSnapshot(`
      "The release for the tag submission-2020 exists with the right title and notes.
      Already attached: report.md.
      Nothing left to do: the release for submission-2020 is complete.
      "
    `);
  });
});

describe("buildPackageManifest: the sources", () => {
  // Only these three fields of the agreement go into the manifest.
  const agreement = { id: "vm-a", ministry: "VM", cycle: 2020 } as Agreement;
  const report = { total: {}, deadline: null, unusedGoals: [], goalsNotReady: [] } as unknown as ReportModel;
  const input = {
    year: 2020,
    tag: TAG,
    commit: "abc",
    date: "2020-04-30",
    browserVersion: "131.0.6778.85",
    report,
    files: [],
    catalogue: { path: "goals/2020.md", bytes: Buffer.from("") },
    agreements: [
      { path: "agreements/vm/b.md", bytes: Buffer.from("broken") },
      { path: "agreements/vm/a.md", bytes: Buffer.from("abc"), agreement },
    ],
  };

  it("lists each agreement by path with the SHA-256 of its bytes, and the catalogue's", () => {
    expect(buildPackageManifest(input).sources).toEqual<PackageManifest["sources"]>({
      catalogue: { path: "goals/2020.md", sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
      agreements: [
        { path: "agreements/vm/a.md", id: "vm-a", ministry: "VM", cycle: 2020, sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
        { path: "agreements/vm/b.md", id: null, ministry: null, cycle: null, sha256: "f526795c95399cea27c055c842c3d6ab018ed0fa4f66f701c28ab22dec28237b" },
      ],
    });
  });

  it.each([
    { name: "without an approvals map, no agreement carries approvals", approvals: undefined, expected: [undefined, undefined] },
    {
      name: "with one, every agreement carries its list, empty when none was found",
      approvals: new Map([["agreements/vm/a.md", [{ role: "official" as const, login: "maria", via: "review" as const, pullRequest: 4, commit: "abc", at: "2020-04-15T10:00:00Z" }]]]),
      expected: [[{ role: "official", login: "maria", via: "review", pullRequest: 4, commit: "abc", at: "2020-04-15T10:00:00Z" }], []],
    },
  ])("$name", ({ approvals, expected }) => {
    const manifest = buildPackageManifest({ ...input, ...(approvals ? { approvals } : {}) });
    expect(manifest.sources.agreements.map((entry) => entry.approvals)).toEqual(expected);
    if (!approvals) expect(manifest.sources.agreements.every((entry) => !("approvals" in entry))).toBe(true);
  });
});

describe("buildReleaseNotes", () => {
  const report = "# Report\n\n- Situation\n\n## First\n\n| a |\n| --- |\n| 1 |\n\n## Second\n\n" + "x".repeat(300) + "\n";

  it("says what is attached and carries the whole report when it fits", () => {
    const notes = buildReleaseNotes({ tag: TAG, year: 2020, reportMarkdown: report, assetNames: ["a.pdf", "a.html", "b.pdf", "b.html", "report.html", "a.csv", "b.csv", "manifest.json"] });
    expect(notes.slice(0, notes.indexOf("# Report"))).toMatchInlineSnapshot(`
      "The yearly submission of the management agreements for 2020 to the Ministry of Finance, recorded by the tag \`submission-2020\`. The files below are the submission package, the same files \`agreements package 2020\` makes.

      Attached below:
      - the 2 agreements as PDF, each also as a web page (HTML)
      - \`report.html\`: the report as a web page with charts
      - 2 CSV files: the report's tables, for a spreadsheet
      - \`manifest.json\`: every file here and every submitted agreement with its SHA-256 hash, so anyone can check later that a file is the one submitted

      "
    `);
    expect(notes.endsWith(report)).toBe(true);
  });

  it("keeps whole sections only when the report is too long, and says where the rest is", () => {
    const notes = buildReleaseNotes({ tag: TAG, year: 2020, reportMarkdown: report, assetNames: ["report.html"] }, 600);
    expect(notes.length).toBeLessThanOrEqual(600);
    expect(notes).toContain("## First");
    expect(notes).not.toContain("## Second");
    expect(notes.endsWith("\n_The report is longer than a release note can hold: it continues in `report.html`, attached below._\n")).toBe(true);
  });
});

describe("releaseFilesOf", async () => {
  const result = await lintWholeRepository({ root: REPOSITORY_ROOT, reader: READER, today: "2020-05-01" });
  const catalogues = readableCatalogues(result.files);
  const report = buildReport({ files: result.files, findings: result.findings, catalogues, cycle: 2020, today: "2020-05-01", restricted: false });
  const packageFiles = [
    { name: "manifest.json", bytes: Buffer.from("{}\n") },
    { name: "report.html", bytes: Buffer.from("<!doctype html>") },
    { name: "update.csv", bytes: Buffer.from("a,b\r\n") },
    { name: "vm-statssekreterare.html", bytes: Buffer.from("<!doctype html>") },
    { name: "vm-statssekreterare.pdf", bytes: Buffer.from("%PDF-1.4") },
  ];

  it("attaches the package's files unchanged, in its order, each with its content type, and puts the report in the notes", () => {
    const { files, notes } = releaseFilesOf({ tag: TAG, files: packageFiles, report });
    expect(files.map((entry) => [entry.name, entry.contentType])).toEqual([
      ["manifest.json", "application/json"],
      ["report.html", "text/html; charset=utf-8"],
      ["update.csv", "text/csv; charset=utf-8"],
      ["vm-statssekreterare.html", "text/html; charset=utf-8"],
      ["vm-statssekreterare.pdf", "application/pdf"],
    ]);
    expect(files.map((entry) => entry.bytes)).toEqual(packageFiles.map((entry) => entry.bytes));
    expect(notes).toContain("# Management agreements: report for the 2020 cycle");
    expect(notes).toContain("| **Total** | **15** | **15** |");
    expect(notes).toContain("- the agreement as PDF, also as a web page (HTML)");
  });

  it.each([
    { name: "a restricted report", files: packageFiles, restricted: true, message: "a release is public: it must not carry restricted content" },
    {
      name: "a restricted-* file",
      files: [...packageFiles, { name: "restricted-vm-statssekreterare.pdf", bytes: Buffer.from("%PDF") }],
      restricted: false,
      message: "a release is public: it must not carry restricted content (restricted-vm-statssekreterare.pdf)",
    },
  ])("refuses $name, whatever the caller asked for", ({ files, restricted, message }) => {
    expect(() => releaseFilesOf({ tag: TAG, files, report: { ...report, restricted } })).toThrow(message);
  });
});
