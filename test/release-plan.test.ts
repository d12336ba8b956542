import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Release, ReleaseAsset } from "../scripts/github/types.js";
import type { Agreement } from "../scripts/model/types.js";
import { collectReleaseFiles } from "../scripts/release/collect.js";
import { contentTypeOf, renderReleaseFiles, type ReleaseFile } from "../scripts/release/files.js";
import { formatReleasePlan } from "../scripts/release/format-plan.js";
import { buildManifest, type Manifest } from "../scripts/release/manifest.js";
import { buildReleaseNotes } from "../scripts/release/notes.js";
import { buildReleasePlan, isReleaseComplete, releaseName, type ReleasePlan } from "../scripts/release/plan.js";
import { REPOSITORY_ROOT } from "./helpers/fixtures.js";

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

describe("buildManifest", () => {
  // Only these three fields of the agreement go into the manifest.
  const agreement = { id: "vm-a", ministry: "VM", cycle: 2020 } as Agreement;
  const input = {
    tag: TAG,
    year: 2020,
    catalogue: { path: "goals/2020.md", bytes: Buffer.from("") },
    agreements: [
      { path: "agreements/vm/b.md", bytes: Buffer.from("broken") },
      { path: "agreements/vm/a.md", bytes: Buffer.from("abc"), agreement },
    ],
  };

  it("lists each agreement by path with the SHA-256 of its bytes, and the catalogue's", () => {
    expect(buildManifest(input)).toEqual<Manifest>({
      version: 1,
      tag: TAG,
      cycle: 2020,
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
    const manifest = buildManifest({ ...input, ...(approvals ? { approvals } : {}) });
    expect(manifest.agreements.map((entry) => entry.approvals)).toEqual(expected);
    if (!approvals) expect(manifest.agreements.every((entry) => !("approvals" in entry))).toBe(true);
  });
});

describe("buildReleaseNotes", () => {
  const report = "# Report\n\n- Situation\n\n## First\n\n| a |\n| --- |\n| 1 |\n\n## Second\n\n" + "x".repeat(300) + "\n";

  it("says what is attached and carries the whole report when it fits", () => {
    const notes = buildReleaseNotes({ tag: TAG, year: 2020, reportMarkdown: report, assetNames: ["report.md", "report.html", "a.csv", "b.csv", "report.json", "manifest.json"] });
    expect(notes.slice(0, notes.indexOf("# Report"))).toMatchInlineSnapshot(`
      "The yearly submission of the management agreements for 2020 to the Ministry of Finance, recorded by the tag \`submission-2020\`.

      Attached below:
      - \`report.html\`: the report as a web page with charts
      - \`report.md\`: the report as text (shown here too)
      - 2 CSV files: the report's tables, for a spreadsheet
      - \`report.json\`: the report's figures as data
      - \`manifest.json\`: every submitted agreement with the SHA-256 hash of its file, so anyone can check later that a file is the one submitted

      "
    `);
    expect(notes.endsWith(report)).toBe(true);
  });

  it("keeps whole sections only when the report is too long, and says where the rest is", () => {
    const notes = buildReleaseNotes({ tag: TAG, year: 2020, reportMarkdown: report, assetNames: ["report.md"] }, 450);
    expect(notes.length).toBeLessThanOrEqual(450);
    expect(notes).toContain("## First");
    expect(notes).not.toContain("## Second");
    expect(notes.endsWith("\n_The report is longer than a release note can hold: it continues in `report.md`, attached below._\n")).toBe(true);
  });
});

describe("collectReleaseFiles over the shipped repository", async () => {
  const collected = await collectReleaseFiles({ root: REPOSITORY_ROOT, year: 2020, today: "2020-05-01" });

  it("renders the report in every format and the manifest, each with its content type", () => {
    expect(collected.files.map((entry) => [entry.name, entry.contentType])).toEqual([
      ["report.md", "text/markdown; charset=utf-8"],
      ["report.html", "text/html; charset=utf-8"],
      ...collected.files.filter((entry) => entry.name.endsWith(".csv")).map((entry) => [entry.name, "text/csv; charset=utf-8"]),
      ["report.json", "application/json"],
      ["manifest.json", "application/json"],
    ]);
    expect(collected.files.filter((entry) => entry.name.endsWith(".csv")).map((entry) => entry.name)).toContain("update.csv");
    expect(collected.report.restricted).toBe(false);
  });

  it("hashes every agreement as it is on disk", () => {
    const manifest = JSON.parse(Buffer.from(collected.files.find((entry) => entry.name === "manifest.json")!.bytes).toString("utf8")) as Manifest;
    expect(manifest.agreements).toHaveLength(15);
    for (const entry of manifest.agreements) {
      expect(entry.sha256).toBe(createHash("sha256").update(readFileSync(join(REPOSITORY_ROOT, entry.path))).digest("hex"));
      expect(entry.cycle).toBe(2020);
    }
    expect(manifest.agreements.find((entry) => entry.id === "vm-statssekreterare")).toMatchObject({ path: "agreements/vm/vm-statssekreterare.md", ministry: "VM" });
    expect(manifest.catalogue?.path).toBe("goals/2020.md");
  });

  it("puts the report in the notes", () => {
    expect(collected.notes).toContain("# Management agreements: report for the 2020 cycle");
    expect(collected.notes).toContain("| **Total** | **15** | **15** |");
  });

  it("makes the same bytes on a second run, so a re-run finds nothing to upload", async () => {
    const again = await collectReleaseFiles({ root: REPOSITORY_ROOT, year: 2020, today: "2020-05-01" });
    expect(again.files.map((entry) => Buffer.from(entry.bytes).toString("base64"))).toEqual(collected.files.map((entry) => Buffer.from(entry.bytes).toString("base64")));
    const existing = release({
      body: collected.notes,
      assets: collected.files.map((entry, index) => asset(index + 1, entry.name, Buffer.from(entry.bytes).toString("utf8"))),
    });
    expect(isReleaseComplete(buildReleasePlan({ tag: TAG, year: 2020, existing, notes: again.notes, files: again.files }))).toBe(true);
  });

  it("refuses a year without a catalogue, in words an official understands", async () => {
    await expect(collectReleaseFiles({ root: REPOSITORY_ROOT, year: 2031, today: "2031-05-01" })).rejects.toThrow(
      "there is no readable goal catalogue for 2031 (goals/2031.md) here, so there is no submission of 2031 to publish.",
    );
  });

  it("refuses to publish a restricted report", () => {
    expect(() => renderReleaseFiles({ tag: TAG, report: { ...collected.report, restricted: true }, agreements: [] })).toThrow("a release is public");
  });
});
