import { describe, expect, it } from "vitest";
import { catFileRequest, parseCatFileBatch } from "../../scripts/git/cat-file.js";
import { containingTags } from "../../scripts/git/containing-tags.js";
import { LOG_FORMAT, parseLog, type LogCommit } from "../../scripts/git/log.js";
import { attributePullRequests, pullRequestInSubject } from "../../scripts/git/pull-requests.js";
import { readRawEntries } from "../../scripts/git/raw-diff.js";
import { traceFile } from "../../scripts/git/trace-file.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const ZERO = "0".repeat(40);

describe("readRawEntries", () => {
  it.each([
    ["modified", [`:100644 100644 ${A} ${B} M`, "agreements/vm/x.md"], { status: "modified", path: "agreements/vm/x.md", previousBlob: A, blob: B }],
    ["added", [`:000000 100644 ${ZERO} ${B} A`, "agreements/vm/x.md"], { status: "added", path: "agreements/vm/x.md", blob: B }],
    ["deleted", [`:100644 000000 ${A} ${ZERO} D`, "agreements/vm/x.md"], { status: "deleted", path: "agreements/vm/x.md", previousBlob: A }],
    ["renamed", [`:100644 100644 ${A} ${B} R087`, "agreements/vm/x.md", "agreements/um/x.md"], { status: "renamed", previousPath: "agreements/vm/x.md", path: "agreements/um/x.md", previousBlob: A, blob: B }],
    ["merged (dense combined)", [`::100644 100644 100644 ${A} ${B} ${C} MM`, "agreements/vm/x.md"], { status: "merged", path: "agreements/vm/x.md", previousBlob: A, blob: C }],
    ["merged, the result a symbolic link: no file after", [`::100644 100644 120000 ${A} ${B} ${C} MM`, "agreements/vm/x.md"], { status: "deleted", path: "agreements/vm/x.md", previousBlob: A }],
    ["a file turned into a symbolic link: deleted", [`:100644 120000 ${A} ${B} T`, "agreements/vm/x.md"], { status: "deleted", path: "agreements/vm/x.md", previousBlob: A }],
    ["a symbolic link added: nothing", [`:000000 120000 ${ZERO} ${B} A`, "agreements/vm/x.md"], undefined],
    ["merged, file new to the first parent", [`::000000 100644 100644 ${ZERO} ${B} ${C} AM`, "agreements/vm/x.md"], { status: "merged", path: "agreements/vm/x.md", previousBlob: B, blob: C }],
  ])("reads a %s entry", (_name, tokens, expected) => {
    const result = readRawEntries([...tokens, ""], 0);
    expect(result.changes).toEqual(expected === undefined ? [] : [expected]);
  });

  it("keeps names with spaces, newlines and letters like ä byte for byte, and stops at the next header", () => {
    const tokens = [`\n:100644 100644 ${A} ${B} M`, "agreements/mmm/ylijohtaja-ä.md", `:000000 100644 ${ZERO} ${B} A`, "agreements/a b\nc.md", "\x1enext", "rest"];
    const result = readRawEntries(tokens, 0);
    expect(result.changes.map((change) => change.path)).toEqual(["agreements/mmm/ylijohtaja-ä.md", "agreements/a b\nc.md"]);
    expect(result.next).toBe(4);
  });

  it("refuses an entry cut short", () => {
    expect(() => readRawEntries([`:100644 100644 ${A} ${B} R100`, "old"], 0)).toThrow(/ended in the middle/);
  });
});

describe("parseLog", () => {
  const header = (commit: string, parents: string, subject: string) => `\x1e${commit}\0${parents}\0 2020-04-15T12:00:00+03:00\0Maria Exempel\0maria@example.invalid\0${subject}\0`;

  it("reads headers by position, so a subject may hold anything", () => {
    const output = `${header(B, A, ":looks like an entry \x1e")}\0\n:100644 100644 ${A} ${B} M\0agreements/vm/x.md\0${header(A, "", "First")}\0\n:000000 100644 ${ZERO} ${A} A\0agreements/vm/x.md\0`;
    const commits = parseLog(output);
    expect(commits).toHaveLength(2);
    expect(commits[0]).toMatchObject({ commit: B, parents: [A], subject: ":looks like an entry \x1e", author: { name: "Maria Exempel", email: "maria@example.invalid" } });
    expect(commits[0]!.changes).toEqual([{ status: "modified", path: "agreements/vm/x.md", previousBlob: A, blob: B }]);
    expect(commits[1]!.parents).toEqual([]);
  });

  it("reads a merge without entries", () => {
    expect(parseLog(`${header(C, `${A} ${B}`, "Merge pull request #12 from vm/update")}\0\0`)[0]).toMatchObject({ parents: [A, B], changes: [] });
  });

  it("rejects output that is not in its format", () => {
    expect(() => parseLog("commit abc\n")).toThrow(/Unexpected text/);
  });

  it("asks Git for NUL-terminated fields", () => {
    expect(LOG_FORMAT.split("%x00")).toHaveLength(7);
  });
});

describe("parseCatFileBatch", () => {
  it("reads blobs by byte size, keeps bytes that are not UTF-8, and skips missing objects", () => {
    const binary = Buffer.from([0xff, 0x0a, 0x00, 0xe4]);
    const output = Buffer.concat([
      Buffer.from(`${A} blob ${binary.length}\n`),
      binary,
      Buffer.from(`\n${B} missing\n${C} blob 3\näb\n`),
    ]);
    const blobs = parseCatFileBatch(output);
    expect([...blobs.keys()]).toEqual([A, C]);
    expect(blobs.get(A)).toEqual(binary);
    expect(blobs.get(C)!.toString("utf8")).toBe("äb");
  });

  it("notices output cut short", () => {
    expect(() => parseCatFileBatch(Buffer.from(`${A} blob 10\nabc`))).toThrow(/cut short/);
  });

  it("requests object ids only", () => {
    expect(catFileRequest([A, B])).toBe(`${A}\n${B}\n`);
    expect(() => catFileRequest(["HEAD:agreements/x.md"])).toThrow(/not a Git object id/);
  });
});

describe("pull request numbers", () => {
  it.each([
    ["Merge pull request #12 from vm/update-2020", 12],
    ["Uppdatering för 2020 (#7)", 7],
    ["Uppdatering för 2020 (#7) ", 7],
    ["Merge branch 'main' into update", undefined],
    ["Fix #12 in the title", undefined],
    ["Merge pull request from nowhere", undefined],
  ])("%s → %s", (subject, number) => {
    expect(pullRequestInSubject(subject)).toBe(number);
  });

  /** Commits newest first, as the log gives them. */
  const graph = (...commits: [string, string[], string][]): LogCommit[] =>
    commits.map(([commit, parents, subject]) => ({ commit, parents, subject, date: "2020-01-01T00:00:00Z", author: { name: "", email: "" }, changes: [] }));

  it("gives the branch commits of a merged pull request its number, and a squash merge its own", () => {
    const commits = graph(
      ["m2", ["s1", "b2"], "Merge pull request #12 from vm/update"],
      ["b2", ["b1"], "Second edit"],
      ["b1", ["s1"], "First edit"],
      ["s1", ["root"], "Update (#9)"],
      ["root", [], "Initial"],
    );
    const numbers = attributePullRequests(commits, "m2");
    expect(Object.fromEntries(numbers)).toEqual({ m2: 12, b2: 12, b1: 12, s1: 9 });
  });

  it("does not give a later merge the commits an earlier one brought in", () => {
    const commits = graph(
      ["m2", ["m1", "c1"], "Merge pull request #13 from vm/other"],
      ["c1", ["b1"], "Built on the first branch"],
      ["m1", ["root", "b1"], "Merge pull request #12 from vm/first"],
      ["b1", ["root"], "Edit"],
      ["root", [], "Initial"],
    );
    expect(Object.fromEntries(attributePullRequests(commits, "m2"))).toEqual({ m1: 12, b1: 12, m2: 13, c1: 13 });
  });
});

describe("traceFile", () => {
  const commit = (id: string, parents: string[], changes: LogCommit["changes"]): LogCommit => ({ commit: id, parents, subject: id, date: "", author: { name: "", email: "" }, changes });

  it("follows a rename back to the old name, and shows a deletion and a re-adding", () => {
    const commits = [
      commit("c5", ["c4"], [{ status: "renamed", previousPath: "agreements/vm/x.md", path: "agreements/um/x.md", blob: B, previousBlob: A }]),
      commit("c4", ["c3"], [{ status: "added", path: "agreements/vm/x.md", blob: A }]),
      commit("c3", ["c2"], [{ status: "deleted", path: "agreements/vm/x.md", previousBlob: C }]),
      commit("c2", ["c1"], [{ status: "modified", path: "agreements/vm/other.md", blob: A, previousBlob: B }]),
      commit("c1", [], [{ status: "added", path: "agreements/vm/x.md", blob: C }]),
    ];
    expect(traceFile(commits, "c5", "agreements/um/x.md").map((event) => `${event.commit.commit} ${event.change.status}`)).toEqual([
      "c5 renamed",
      "c4 added",
      "c3 deleted",
      "c1 added",
    ]);
  });

  it("ignores commits that HEAD does not contain", () => {
    const commits = [
      commit("elsewhere", ["c1"], [{ status: "modified", path: "agreements/vm/x.md", blob: B, previousBlob: A }]),
      commit("c1", [], [{ status: "added", path: "agreements/vm/x.md", blob: A }]),
    ];
    expect(traceFile(commits, "c1", "agreements/vm/x.md").map((event) => event.commit.commit)).toEqual(["c1"]);
  });

  it("shows the move away when asked for the old path", () => {
    const commits = [
      commit("c2", ["c1"], [{ status: "renamed", previousPath: "agreements/vm/x.md", path: "agreements/um/x.md", blob: B, previousBlob: A }]),
      commit("c1", [], [{ status: "added", path: "agreements/vm/x.md", blob: A }]),
    ];
    const events = traceFile(commits, "c2", "agreements/vm/x.md");
    expect(events.map((event) => [event.commit.commit, event.movedAway ?? false])).toEqual([["c2", true], ["c1", false]]);
  });
});

describe("containingTags", () => {
  it("lists for each commit the tags that contain it, in year order", () => {
    const commits: LogCommit[] = [
      { commit: "c3", parents: ["c2"], subject: "", date: "", author: { name: "", email: "" }, changes: [] },
      { commit: "c2", parents: ["c1"], subject: "", date: "", author: { name: "", email: "" }, changes: [] },
      { commit: "c1", parents: [], subject: "", date: "", author: { name: "", email: "" }, changes: [] },
    ];
    const tags = containingTags(commits, [{ name: "submission-2020", commit: "c2" }, { name: "submission-2019", commit: "c1" }]);
    expect(Object.fromEntries(tags)).toEqual({ c1: ["submission-2019", "submission-2020"], c2: ["submission-2020"] });
  });
});
