import { describe, expect, it } from "vitest";
import { GITHUB_LIMITS, type Issue } from "../../scripts/github/types.js";
import type { FileSummary } from "../../scripts/model/summary.js";
import type { Agreement, Catalogue, Evaluation } from "../../scripts/model/types.js";
import { formatReminderPlan } from "../../scripts/remind/format-plan.js";
import { isGithubLogin, partyLogins } from "../../scripts/github/logins.js";
import { agreementStanding } from "../../scripts/remind/pending.js";
import { addDays, buildReminderPlan, type ReminderPlan, type ReminderPlanInput } from "../../scripts/remind/plan.js";
import { agreement as baseAgreement, CATALOGUE_2021_PATH as CATALOGUE_PATH, loadCatalogue2021 } from "../helpers/agreement-data.js";

const catalogue2021 = loadCatalogue2021();

const EVALUATION_2020: Evaluation = { year: 2020, date: "2021-03-01", rating: "good", summary: "Bra.", bonus: "proposed" };

/** Done for 2021 unless told otherwise: on the cycle, with the evaluation of 2020 filled in. */
function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return baseAgreement({ evaluations: [EVALUATION_2020], ...overrides });
}

function summaryOf(path: string, data: Agreement | undefined, raw?: unknown): FileSummary {
  return { path, kind: "agreement", waived: [], ...(data ? { agreement: data, data } : {}), ...(raw !== undefined ? { data: raw } : {}) };
}

const DONE_VM = summaryOf("agreements/vm/vm-statssekreterare.md", agreement());
const BEHIND_VM = summaryOf("agreements/vm/verohallinto.md", agreement({ id: "verohallinto", title: "Johtamissopimus, Verohallinto", cycle: 2020, evaluations: [], parties: {
  official: { name: "Pää Johtaja", title: "Pääjohtaja", github: "paa-johtaja" },
  superior: { name: "Maria Exempel", title: "Statssekreterare", github: "maria-exempel" },
} }));
const BEHIND_UM = summaryOf("agreements/um/um-valtiosihteeri.md", agreement({ id: "um-valtiosihteeri", ministry: "UM", title: "Valtiosihteerin johtamissopimus", cycle: 2020, parties: {
  official: { name: "Ulla Ulko", title: "Valtiosihteeri", github: "ulla-ulko" },
  superior: { name: "Ulkoministeri", title: "Ministeri", github: "to-be-filled" },
} }));

function input(overrides: Partial<ReminderPlanInput> = {}): ReminderPlanInput {
  return {
    cycle: 2021,
    catalogue: { path: CATALOGUE_PATH, catalogue: catalogue2021 },
    today: "2021-04-10",
    agreements: [DONE_VM, BEHIND_VM, BEHIND_UM],
    openIssues: [],
    ...overrides,
  };
}

/** The issue GitHub would hold after the plan was carried out (number 5). */
function applied(plan: ReminderPlan, previous?: Issue): Issue | undefined {
  const action = plan.action;
  if (action.kind === "create") return { number: 5, title: action.title, body: action.body, state: "open", labels: action.labels };
  if (action.kind === "update") return { ...previous!, title: action.title, body: action.body };
  if (action.kind === "close") return undefined;
  return previous;
}

function kindOf(plan: ReminderPlan): string {
  return plan.action.kind === "nothing" ? `nothing: ${plan.action.reason}` : plan.action.kind;
}

const OUR_LABELS = ["cycle-2021", "reminder"];

describe("buildReminderPlan", () => {
  it.each<{ name: string; overrides: Partial<ReminderPlanInput>; expected: string }>([
    { name: "before the window: nothing", overrides: { today: "2021-03-30" }, expected: "nothing: The reminder for 2021 opens on 2021-03-31, 30 days before the deadline 2021-04-30." },
    { name: "on the window's first day, with agreements to update: open the issue", overrides: { today: "2021-03-31" }, expected: "create" },
    { name: "after the deadline, still not done: open the issue", overrides: { today: "2021-06-01" }, expected: "create" },
    { name: "a wider window given", overrides: { today: "2021-03-20", windowDays: 45 }, expected: "create" },
    { name: "another deadline given", overrides: { today: "2021-04-10", deadline: "2021-06-30" }, expected: "nothing: The reminder for 2021 opens on 2021-05-31, 30 days before the deadline 2021-06-30." },
    { name: "everything done and no issue: nothing", overrides: { agreements: [DONE_VM] }, expected: "nothing: Every agreement is updated for 2021: no reminder is needed." },
    {
      name: "everything done and the issue open: close it",
      overrides: { agreements: [DONE_VM], openIssues: [{ number: 3, title: "x", body: "y", state: "open", labels: OUR_LABELS }] },
      expected: "close",
    },
    {
      name: "an open issue with only the cycle label (a cycle pull request) is not the reminder",
      overrides: { openIssues: [{ number: 3, title: "Ledningsavtal 2021: vm-statssekreterare", body: "", state: "open", labels: ["cycle-2021", "VM"] }] },
      expected: "create",
    },
    {
      name: "a closed issue is not the open reminder",
      overrides: { openIssues: [{ number: 3, title: "x", body: "y", state: "closed", labels: OUR_LABELS }] },
      expected: "create",
    },
  ])("$name", ({ overrides, expected }) => {
    expect(kindOf(buildReminderPlan(input(overrides)))).toBe(expected);
  });

  it("opens the issue with the cycle's title and labels", () => {
    const plan = buildReminderPlan(input());
    expect(plan.action).toMatchObject({ kind: "create", title: "Management agreements 2021: update by 2021-04-30", labels: ["cycle-2021", "reminder"] });
  });

  it("is idempotent: once carried out, the same inputs leave nothing to do", () => {
    const first = buildReminderPlan(input());
    const issue = applied(first);
    const second = buildReminderPlan(input({ openIssues: [issue!] }));
    expect(kindOf(second)).toBe("nothing: The reminder #5 is up to date.");
    // Some days later, with the same files, the text is still the same.
    expect(kindOf(buildReminderPlan(input({ today: "2021-04-20", openIssues: [issue!] })))).toBe("nothing: The reminder #5 is up to date.");
  });

  it("updates the body as agreements are done, then closes the issue once all are", () => {
    let issue = applied(buildReminderPlan(input()))!;
    const fixed = summaryOf(BEHIND_VM.path, { ...BEHIND_VM.agreement!, cycle: 2021, evaluations: [EVALUATION_2020] });
    const progress = buildReminderPlan(input({ agreements: [DONE_VM, fixed, BEHIND_UM], openIssues: [issue] }));
    expect(progress.action).toMatchObject({ kind: "update", issue: 5, changes: ["body"] });
    issue = applied(progress, issue)!;
    expect(issue.body).toContain("1 of 3 agreements are not updated yet.");
    expect(issue.body).toContain("- [x] `agreements/vm/verohallinto.md`");

    const allDone = buildReminderPlan(input({ agreements: [DONE_VM, fixed, summaryOf(BEHIND_UM.path, { ...BEHIND_UM.agreement!, cycle: 2021 })], openIssues: [issue] }));
    expect(allDone.action).toMatchObject({ kind: "close", issue: 5, comment: "Every agreement is now updated for the 2021 instruction (3 of 3), so this reminder is closed." });
    expect(allDone.action.kind === "close" && allDone.action.body.includes("- [ ]")).toBe(false);
    expect(allDone.action.kind === "close" && allDone.action.body.split("\n")[1]).toBe("Every agreement is updated for the 2021 instruction (3 of 3).");
    expect(kindOf(buildReminderPlan(input({ agreements: [DONE_VM], openIssues: [] })))).toMatch(/^nothing/);
  });

  it("updates the title when the deadline moves, and says when it has passed", () => {
    const issue = applied(buildReminderPlan(input()))!;
    const moved = buildReminderPlan(input({ today: "2021-04-20", deadline: "2021-05-14", openIssues: [issue] }));
    expect(moved.action).toMatchObject({ kind: "update", changes: ["title", "body"], title: "Management agreements 2021: update by 2021-05-14" });
    const late = buildReminderPlan(input({ today: "2021-05-01", openIssues: [issue] }));
    expect(late.action).toMatchObject({ kind: "update", changes: ["body"] });
    expect(late.action.kind === "update" && late.action.body).toContain("The deadline for the 2021 management agreements, **2021-04-30**, has passed, and 2 of 3 agreements are not updated yet.");
  });

  it("works on the oldest of several open reminders and names the others", () => {
    const issue = applied(buildReminderPlan(input()))!;
    const plan = buildReminderPlan(input({ openIssues: [{ ...issue, number: 9 }, issue, { ...issue, number: 7, body: "" }] }));
    expect(kindOf(plan)).toBe("nothing: The reminder #5 is up to date.");
    expect(plan.duplicates).toEqual([7, 9]);
    expect(formatReminderPlan(plan, true)).toContain("Also open with the same labels, left as they are: #7, #9.");
  });

  it("writes a checklist per sector that mentions the parties of what is not done, and escapes the agreements' text", () => {
    const sneaky = summaryOf("agreements/vm/x.md", agreement({ id: "x", title: "Avtal @everyone [klick](https://evil.example) <b>", cycle: 2020 }));
    const plan = buildReminderPlan(input({ agreements: [DONE_VM, BEHIND_VM, BEHIND_UM, sneaky] }));
    expect(plan.action.kind === "create" && plan.action.body).toMatchInlineSnapshot(`
      "<!-- agreements remind: cycle 2021 -->
      The 2021 management agreements are due by **2021-04-30**: Updated agreements and the evaluation of success for 2020 are submitted to the Ministry of Finance \\(johtamissopimukset@⁠vm\\.fi\\). 3 of 4 agreements are not updated yet.

      For each agreement not ticked below: hold the management discussion, update the agreement in a pull request (set \`cycle: 2021\` and \`agreed:\`, add the evaluation of 2020, review the goals against \`goals/2021.md\`), and have both parties approve it. A box is ticked here once the updated agreement is on the default branch.

      ### Ministry for Foreign Affairs (UM)

      - [ ] \`agreements/um/um-valtiosihteeri.md\` Valtiosihteerin johtamissopimus (@ulla-ulko): it still answers the 2020 instruction

      ### Ministry of Finance (VM)

      - [ ] \`agreements/vm/verohallinto.md\` Johtamissopimus, Verohallinto (@paa-johtaja, @maria-exempel): it still answers the 2020 instruction; the evaluation of 2020 is missing
      - [x] \`agreements/vm/vm-statssekreterare.md\` Ledningsavtal för statssekreteraren
      - [ ] \`agreements/vm/x.md\` Avtal @⁠everyone \\[klick\\]\\(https://evil\\.example\\) \\<b\\> (@maria-exempel, @anders-exempel): it still answers the 2020 instruction

      _This issue is kept up to date by \`agreements remind\` and closed once every agreement is updated; edits to it are replaced on its next run._
      "
    `);
  });

  it("stays within GitHub's size limit for a very large repository, listing what is not done first", () => {
    const many = Array.from({ length: 3000 }, (_, index) =>
      summaryOf(`agreements/vm/a-${String(index).padStart(4, "0")}.md`, agreement({ id: `a-${index}`, title: "Ett långt avtal ".repeat(5), cycle: index % 2 === 0 ? 2020 : 2021 })),
    );
    const plan = buildReminderPlan(input({ agreements: many }));
    const body = plan.action.kind === "create" ? plan.action.body : "";
    expect(body.length).toBeLessThanOrEqual(GITHUB_LIMITS.commentBody);
    expect(body).toContain("updated agreements are not listed, to keep this issue within GitHub's size limit.");
    expect(body).toMatch(/_… and \d+ more not updated: run `agreements report` for the full list\._/);
    expect(body).not.toContain("- [x]");
  });

  it("prints the plan for --dry-run", () => {
    expect(formatReminderPlan(buildReminderPlan(input()), true)).toMatchInlineSnapshot(`
      "Cycle 2021: deadline 2021-04-30, reminders from 2021-03-31. 2 of 3 agreements not updated yet.
        agreements/um/um-valtiosihteeri.md (@ulla-ulko): it still answers the 2020 instruction
        agreements/vm/verohallinto.md (@paa-johtaja, @maria-exempel): it still answers the 2020 instruction; the evaluation of 2020 is missing
      Would open the issue "Management agreements 2021: update by 2021-04-30" with the labels cycle-2021, reminder.
      "
    `);
  });
});

describe("agreementStanding", () => {
  it.each<{ name: string; file: FileSummary; missing: string[]; logins: string[] }>([
    { name: "updated and evaluated: done", file: DONE_VM, missing: [], logins: ["maria-exempel", "anders-exempel"] },
    { name: "on a later cycle: done", file: summaryOf("a.md", agreement({ cycle: 2022, evaluations: [] })), missing: [], logins: ["maria-exempel", "anders-exempel"] },
    { name: "on an older cycle", file: summaryOf("a.md", agreement({ cycle: 2020 })), missing: ["it still answers the 2020 instruction"], logins: ["maria-exempel", "anders-exempel"] },
    { name: "the evaluation missing", file: summaryOf("a.md", agreement({ evaluations: [] })), missing: ["the evaluation of 2020 is missing"], logins: ["maria-exempel", "anders-exempel"] },
    {
      name: "the evaluation rolled forward but not filled in",
      file: summaryOf("a.md", agreement({ evaluations: [{ ...EVALUATION_2020, rating: "to-be-filled" }] })),
      missing: ["the evaluation of 2020 is not filled in yet"],
      logins: ["maria-exempel", "anders-exempel"],
    },
    {
      name: "a summary still marked TO BE FILLED",
      file: summaryOf("a.md", agreement({ evaluations: [{ ...EVALUATION_2020, summary: "TO BE FILLED" }] })),
      missing: ["the evaluation of 2020 is not filled in yet"],
      logins: ["maria-exempel", "anders-exempel"],
    },
    { name: "a term that began after 2020 needs no evaluation", file: summaryOf("a.md", agreement({ term: { start: "2021-02-01", end: "2026-01-31" }, evaluations: [] })), missing: [], logins: ["maria-exempel", "anders-exempel"] },
    {
      name: "an unreadable file: its parties are still mentioned when the YAML names them",
      file: summaryOf("agreements/om/broken.md", undefined, { ministry: "OM", parties: { official: { github: "olli" }, superior: { github: 42 } } }),
      missing: ['it cannot be read: run "agreements lint agreements/om/broken.md" to see what to fix'],
      logins: ["olli"],
    },
  ])("$name", ({ file, missing, logins }) => {
    const standing = agreementStanding(file, 2021, catalogue2021 as Catalogue);
    expect({ missing: standing.missing, logins: standing.logins }).toEqual({ missing, logins });
  });

  it("places an unreadable file in its sector by its folder", () => {
    expect(agreementStanding(summaryOf("agreements/stm/x.md", undefined), 2021, catalogue2021).sector).toBe("STM");
  });
});

describe("logins", () => {
  it.each([
    ["maria-exempel", true],
    ["to-be-filled", false],
    ["-maria", false],
    ["maria--exempel", false],
    ["a".repeat(39), true],
    ["a".repeat(40), false],
    ["@maria", false],
  ])("%s is a login: %s", (value, expected) => {
    expect(isGithubLogin(value)).toBe(expected);
  });

  it("mentions a person once, whatever the case", () => {
    expect(partyLogins({ official: { github: "Maria" }, superior: { github: "maria" } })).toEqual(["Maria"]);
  });
});

describe("addDays", () => {
  it.each([
    ["2021-04-30", -30, "2021-03-31"],
    ["2021-03-01", -1, "2021-02-28"],
    ["2020-03-01", -1, "2020-02-29"],
    ["2020-12-31", 1, "2021-01-01"],
  ])("%s %i days is %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
