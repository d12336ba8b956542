import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { closingComment, reminderTitle } from "../../scripts/remind/issue-text.js";
import { startFakeGitHub, type FakeGitHub } from "../helpers/fake-github/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

const VM = "agreements/vm/vm-statssekreterare.md";
const OM = "agreements/om/om-kanslichef.md";
const IN_THE_WINDOW = "2020-04-10";
const TITLE = reminderTitle(2020, "2020-04-30");

/** An agreement of the OM's permanent secretary, with parties of its own. */
function omText(cycle: number): string {
  return agreementText({ id: "om-kanslichef", ministry: "OM", title: "Ledningsavtal för kanslichefen vid justitieministeriet", cycle })
    .replace("github: maria-exempel", "github: matti-virtanen")
    .replace("github: anders-exempel", "github: liisa-korhonen");
}

/** A repository folder with the shipped 2020 catalogue and two agreements, both still on the 2019 cycle. */
function repositoryFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "agreements-remind-"));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  write(dir, "goals/2020.md", readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8"));
  write(dir, VM, agreementText({ cycle: 2019 }));
  write(dir, OM, omText(2019));
  return dir;
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  /** The requests this run sent that change something on GitHub. */
  writes: string[];
}

/** Runs the command as the CLI does (a usage error is exit 2 with its message) and checks the token never shows. */
async function remind(fake: FakeGitHub, dir: string, ...args: string[]): Promise<Run> {
  const before = fake.requests.length;
  // These tests read the English words; the Finnish default has a test of its own.
  const run = await runCli(["remind", ...(args.includes("--lang") ? args : [...args, "--lang", "en"])], { cwd: dir, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...fake.env } });
  expect(run.stdout + run.stderr).not.toContain(fake.token);
  const writes = fake.requests.slice(before).filter((request) => request.method !== "GET" && !request.injected);
  return { ...run, writes: writes.map((request) => `${request.method} ${request.operationId}`) };
}

function onlyIssue(fake: FakeGitHub) {
  const issues = [...fake.repository.issues.values()];
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe("agreements remind", () => {
  it("before the reminder window opens, does nothing", async () => {
    const fake = await startFakeGitHub();
    const dir = repositoryFolder();
    const run = await remind(fake, dir, "--today", "2020-03-01");
    expect(run.status).toBe(0);
    expect(run.writes).toEqual([]);
    expect(run.stdout).toContain("Cycle 2020: deadline 2020-04-30, reminders from 2020-03-31. 2 of 2 agreements not updated yet.");
    expect(run.stdout).toContain("The reminder for 2020 opens on 2020-03-31, 30 days before the deadline 2020-04-30.");
    expect(fake.repository.issues.size).toBe(0);
  });

  it("opens the issue with the parties mentioned, keeps it up to date, and closes it with a comment once all are updated", async () => {
    const fake = await startFakeGitHub();
    const dir = repositoryFolder();

    const opened = await remind(fake, dir, "--today", IN_THE_WINDOW);
    expect(opened.status).toBe(0);
    expect(opened.writes).toEqual(["POST issues/create"]);
    const issue = onlyIssue(fake);
    expect(opened.stdout).toContain(`Will open the issue "${TITLE}" with the labels cycle-2020, reminder.`);
    expect(opened.stdout).toContain(`Opened the issue #${issue.number}.`);
    expect(issue.title).toBe(TITLE);
    expect(issue.labels).toEqual(["cycle-2020", "reminder"]);
    expect(issue.state).toBe("open");
    for (const login of ["maria-exempel", "anders-exempel", "matti-virtanen", "liisa-korhonen"]) expect(issue.body).toContain(`@${login}`);
    expect(issue.body).toContain("2 of 2 agreements are not updated yet");

    // Same files, same day or a later one before the deadline: nothing to write.
    expect(await remind(fake, dir, "--today", IN_THE_WINDOW)).toMatchObject({ status: 0, writes: [] });
    const again = await remind(fake, dir, "--today", "2020-04-20");
    expect(again).toMatchObject({ status: 0, writes: [] });
    expect(again.stdout).toContain(`The reminder #${issue.number} is up to date.`);

    write(dir, OM, omText(2020));
    const updated = await remind(fake, dir, "--today", IN_THE_WINDOW);
    expect(updated.status).toBe(0);
    expect(updated.writes).toEqual(["PATCH issues/update"]);
    expect(updated.stdout).toContain(`Will update the body of the issue #${issue.number}.`);
    expect(issue.state).toBe("open");
    expect(issue.body).toContain("1 of 2 agreements are not updated yet");
    expect(issue.body).toContain("- [x] `agreements/om/om-kanslichef.md`");
    expect(issue.body).not.toContain("@matti-virtanen");
    expect(issue.body).toContain("@maria-exempel");

    write(dir, VM, agreementText({ cycle: 2020 }));
    const closed = await remind(fake, dir, "--today", "2020-05-04");
    expect(closed.status).toBe(0);
    expect(closed.writes).toEqual(["PATCH issues/update", "POST issues/create-comment"]);
    expect(closed.stdout).toContain(`Closed the issue #${issue.number} with a comment.`);
    expect(issue.state).toBe("closed");
    expect(issue.body).not.toContain("- [ ]");
    expect(fake.repository.commentsOn(issue.number).map((comment) => comment.body)).toEqual([closingComment(2020, 2)]);

    const afterwards = await remind(fake, dir, "--today", "2020-05-05");
    expect(afterwards).toMatchObject({ status: 0, writes: [] });
    expect(afterwards.stdout).toContain("Every agreement is updated for 2020: no reminder is needed.");
  });

  it("the issue is in the config's language, Finnish by default, or as --lang sv says", async () => {
    const fake = await startFakeGitHub();
    const dir = repositoryFolder();
    const opened = await remind(fake, dir, "--today", IN_THE_WINDOW, "--lang", "fi");
    expect(opened.status).toBe(0);
    const issue = onlyIssue(fake);
    expect(issue.title).toBe("Johtamissopimukset 2020: päivitettävä viimeistään 30.4.2020");
    // The deadline's title is the catalogue's own Finnish one (goals/2020.md), escaped for Markdown.
    expect(issue.body).toContain(
      "Vuoden 2020 johtamissopimukset on päivitettävä viimeistään **30.4.2020**: Päivitetyt johtamissopimukset ja vuoden 2019 onnistumisen arviointi toimitetaan valtiovarainministeriöön \\(johtamissopimukset@\u2060vm\\.fi\\). 2/2 sopimusta on vielä päivittämättä.",
    );
    expect(issue.body).toContain("se vastaa yhä vuoden 2019 ohjetta");
    // Without --lang: the shipped config names no language, so Finnish; the same text, nothing to write.
    const again = await runCli(["remind", "--today", IN_THE_WINDOW], { cwd: dir, env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...fake.env } });
    expect(again.status).toBe(0);
    expect(onlyIssue(fake).title).toBe(issue.title);
    // --lang sv: the same issue, found by its labels, retitled and rewritten in Swedish.
    const swedish = await remind(fake, dir, "--today", IN_THE_WINDOW, "--lang", "sv");
    expect(swedish.writes).toEqual(["PATCH issues/update"]);
    expect(onlyIssue(fake).title).toBe("Ledningsavtal 2020: uppdateras senast 30.4.2020");
    expect(onlyIssue(fake).body).toContain("det svarar fortfarande på anvisningen för 2019");
    expect(onlyIssue(fake).body).toContain("ska uppdateras senast **30.4.2020**: De uppdaterade ledningsavtalen och utvärderingen av framgången 2019 lämnas in till finansministeriet");
  });

  it("--dry-run shows what it would do and writes nothing", async () => {
    const fake = await startFakeGitHub();
    const dir = repositoryFolder();
    const run = await remind(fake, dir, "--today", IN_THE_WINDOW, "--dry-run");
    expect(run.status).toBe(0);
    expect(run.writes).toEqual([]);
    expect(run.stdout).toContain(`Would open the issue "${TITLE}"`);
    expect(run.stdout).toContain(`  ${VM} (@maria-exempel, @anders-exempel): it still answers the 2019 instruction`);
    expect(run.stdout).toContain("Dry run: nothing was changed on GitHub.");
    expect(fake.repository.issues.size).toBe(0);
  });

  it("a 403 on opening the issue names the permission to add and says nothing was changed", async () => {
    const fake = await startFakeGitHub();
    const dir = repositoryFolder();
    fake.fail({ route: "POST /repos/{owner}/{repo}/issues", status: 403 });
    const run = await remind(fake, dir, "--today", IN_THE_WINDOW);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the token lacks the permission "issues: write"');
    expect(run.stderr).toContain("Nothing was changed on GitHub");
    expect(fake.repository.issues.size).toBe(0);
  });

  it("when the closing comment fails, says the issue was closed all the same; the next run changes nothing", async () => {
    const fake = await startFakeGitHub();
    const dir = repositoryFolder();
    await remind(fake, dir, "--today", IN_THE_WINDOW);
    const issue = onlyIssue(fake);
    write(dir, VM, agreementText({ cycle: 2020 }));
    write(dir, OM, omText(2020));
    fake.fail({ route: "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", status: 500, times: 4 });
    const run = await remind(fake, dir, "--today", IN_THE_WINDOW);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`The issue #${issue.number} was closed, with every agreement ticked, but the comment saying why could not be added.`);
    expect(issue.state).toBe("closed");
    expect(await remind(fake, dir, "--today", IN_THE_WINDOW)).toMatchObject({ status: 0, writes: [] });
  });

  it("--cycle without a catalogue is a clear refusal", async () => {
    const fake = await startFakeGitHub();
    const dir = repositoryFolder();
    const run = await remind(fake, dir, "--today", IN_THE_WINDOW, "--cycle", "2021");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("there is no goal catalogue for 2021 (goals/2021.md). Catalogues exist for: 2020.");
    expect(fake.requests).toEqual([]);
  });
});
