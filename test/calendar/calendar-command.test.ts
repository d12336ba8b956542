import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { examplesCopy, REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

function repositoryCopy(): string {
  return examplesCopy("agreements-calendar-");
}

async function run(cwd: string, ...argv: string[]) {
  return runCli(argv, { cwd });
}

/** The events as Mozilla's iCalendar parser reads them (what Thunderbird uses): a file it cannot parse throws. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString(), allDay: event.startDate.isDate };
  });
}

describe("agreements calendar", () => {
  it("lists the cycle's deadlines as all-day events with stable UIDs, in the language asked for", async () => {
    const { status, stdout, stderr } = await run(REPOSITORY_ROOT, "calendar", "--cycle", "2020", "--lang", "fi", "--today", "2020-04-01");
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    // RFC 5545: lines end in CRLF and are folded at 75 octets.
    expect(stdout.split("\r\n").every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    expect(stdout.replace(/\r\n/g, "")).not.toContain("\n");
    expect(stdout).toContain("X-WR-CALNAME:Johtamissopimukset: määräajat 2020");
    expect(events(stdout)).toEqual([
      {
        uid: "deadline-2020-submission@agreements-as-code",
        summary: "Päivitetyt johtamissopimukset ja vuoden 2019 onnistumisen arviointi toimitetaan valtiovarainministeriöön (johtamissopimukset@vm.fi)",
        start: "2020-04-30",
        end: "2020-05-01",
        allDay: true,
      },
    ]);
    // Made again on the same day, without --lang: the same bytes (the repository's language, Finnish when the
    // config names none); in Swedish: the same UIDs.
    expect((await run(REPOSITORY_ROOT, "calendar", "--cycle", "2020", "--today", "2020-04-01")).stdout).toBe(stdout);
    const swedish = events((await run(REPOSITORY_ROOT, "calendar", "--lang", "sv", "--today", "2020-04-02")).stdout);
    expect(swedish.map((event) => event.uid)).toEqual(["deadline-2020-submission@agreements-as-code"]);
    expect(swedish[0]!.summary).toMatch(/^De uppdaterade ledningsavtalen/);
  });

  it("adds each term that ends within the year, and keeps hostile titles inside their event", async () => {
    const root = repositoryCopy();
    const path = join(root, "agreements", "um", "um-valtiosihteeri.md");
    const hostile = 'title: "Evil\\rEND:VEVENT\\rBEGIN:VEVENT\\rUID:evil\\rSUMMARY:injected, with; commas\\\\"';
    writeFileSync(path, readFileSync(path, "utf8").replace("end: 2021-08-31", "end: 2020-08-31").replace(/^title: .*$/m, hostile));
    const out = join(root, "calendar.ics");
    const written = await run(root, "calendar", "--out", "calendar.ics", "--today", "2020-04-01", "--lang", "en");
    expect(written).toEqual({ status: 0, stdout: "Wrote calendar.ics.\n", stderr: "" });
    const list = events(readFileSync(out, "utf8"));
    expect(list.map((event) => event.uid)).toEqual(["deadline-2020-submission@agreements-as-code", "term-end-um-valtiosihteeri@agreements-as-code"]);
    expect(list[1]).toMatchObject({ start: "2020-08-31", end: "2020-09-01", summary: "Term ends: Evil END:VEVENT BEGIN:VEVENT UID:evil SUMMARY:injected, with; commas\\" });
    // Again on another day: the file differs (its DTSTAMP), and is not replaced.
    const again = await run(root, "calendar", "--out", "calendar.ics", "--today", "2020-04-02", "--lang", "en");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("Nothing was written.");
  });

  it("says which catalogues exist when the cycle has none", async () => {
    const { status, stderr } = await run(REPOSITORY_ROOT, "calendar", "--cycle", "2031");
    expect(status).toBe(2);
    expect(stderr).toContain("there is no readable goal catalogue for 2031 (goals/2031.md). Catalogues exist for: 2020.");
  });
});
