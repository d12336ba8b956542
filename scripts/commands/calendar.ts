import { basename, dirname, resolve } from "node:path";
import { buildCalendarEvents, renderCalendar } from "../calendar/build.js";
import { writeOutputFiles } from "../document/write-outputs.js";
import { lintWholeRepository } from "../lint/run.js";
import type { Agreement } from "../model/types.js";
import { chooseCatalogue } from "../model/choose-catalogue.js";
import { cataloguePath } from "../layout/paths.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { UsageError } from "../errors.js";
import type { Command } from "./io.js";
import { shownPath } from "./render.js";
import { registryReader } from "./reader.js";
import { parseLang } from "./lang.js";
import { repositoryLanguage } from "../reader/config.js";

const help = `Usage: agreements calendar [options]

The deadlines of a yearly instruction (goals/<year>.md), and the day each agreement's term ends
when it ends within that year, as an iCalendar file (RFC 5545) that Outlook, Google Calendar and
other calendars import. Each event keeps the same UID every time, so importing a newer file updates
the events instead of adding them twice.

Options:
  --cycle <year>          The instruction whose deadlines to list (default: the newest catalogue)
  --lang <fi|sv|en>       Language of the event titles (default: the config's language, else Finnish)
  --out <file>            Write the calendar into this file (never replaced if it differs)
                          instead of printing it
  --today <YYYY-MM-DD>    The date the calendar is made on, written into each event (default: today)
  -h, --help              Show this help

Exit status: 0 the calendar was made, 2 bad usage or an internal error.
`;


export const calendarCommand: Command = {
  name: "calendar",
  help,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, { cycle: { type: "string" }, lang: { type: "string" }, out: { type: "string" }, today: { type: "string" } }, false);
    const lang = parseLang(values.lang as string | undefined);
    const today = parseToday(values.today as string | undefined);
    const cycleText = values.cycle as string | undefined;
    if (cycleText !== undefined && !/^\d{4}$/.test(cycleText)) throw new UsageError(`--cycle must be a year such as 2020 (got "${cycleText}").`);

    const result = await lintWholeRepository({ root: io.cwd, reader: registryReader(), today });
    const { cycle, entry } = chooseCatalogue(cycleText === undefined ? undefined : Number(cycleText), result.files, {
      none: 'there is no readable goal catalogue (goals/<year>.md), so there are no deadlines. Run "agreements lint goals" to see what is wrong.',
      absent: (year, known) => `there is no readable goal catalogue for ${year} (${cataloguePath(year)}).${known ? ` Catalogues exist for: ${known}.` : ""}`,
    });
    const language = lang ?? repositoryLanguage(result.config);
    const agreements = result.files.map((file) => file.agreement).filter((agreement): agreement is Agreement => agreement !== undefined);
    const text = renderCalendar(buildCalendarEvents({ catalogue: entry.catalogue, agreements, language, today }), { cycle, language, today });
    const out = values.out as string | undefined;
    if (out === undefined) {
      io.stdout(text);
      return 0;
    }
    const target = resolve(io.cwd, out);
    const written = writeOutputFiles(dirname(target), [{ name: basename(target), bytes: Buffer.from(text, "utf8") }], "--out");
    io.stdout(written.written.length > 0 ? `Wrote ${shownPath(io.cwd, target)}.\n` : `${shownPath(io.cwd, target)} is already there, unchanged.\n`);
    return 0;
  },
};
