import { createEvents, type DateArray, type EventAttributes } from "ics";
import type { Agreement, Catalogue, Language } from "../model/types.js";

/** UIDs end in this domain-like part, so they never clash with another program's events in the same calendar. */
const UID_DOMAIN = "agreements-as-code";

const WORDS: Record<Language, { calendar: (cycle: number) => string; termEnds: (title: string) => string; official: string }> = {
  fi: { calendar: (cycle) => `Johtamissopimukset: määräajat ${cycle}`, termEnds: (title) => `Toimikausi päättyy: ${title}`, official: "Virkamies" },
  sv: { calendar: (cycle) => `Ledningsavtal: tidsfrister ${cycle}`, termEnds: (title) => `Mandatperioden upphör: ${title}`, official: "Tjänsteman" },
  en: { calendar: (cycle) => `Management agreements: deadlines ${cycle}`, termEnds: (title) => `Term ends: ${title}`, official: "Official" },
};

export interface CalendarInput {
  catalogue: Catalogue;
  /** Agreements whose term ends within the cycle's year get an event of their own. */
  agreements: readonly Agreement[];
  language: Language;
  /** When the calendar was made (YYYY-MM-DD): its DTSTAMP, passed in so the file is the same for the same day. */
  today: string;
}

function dateArray(iso: string): DateArray {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return [year, month, day];
}

/** The day after an ISO date: an all-day event ends (exclusively) on the next day. */
function nextDay(iso: string): DateArray {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * Text from a file as one line of a calendar property. The library escapes newlines, commas and semicolons;
 * a lone carriage return or other control character it would pass on, and some calendars break lines there,
 * which would let a title start a property or an event of its own.
 */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim();
}

function allDay(uid: string, date: string, title: string, description: string): EventAttributes {
  return {
    uid: `${uid}@${UID_DOMAIN}`,
    start: dateArray(date),
    startInputType: "utc",
    startOutputType: "utc",
    end: nextDay(date),
    endInputType: "utc",
    endOutputType: "utc",
    title: oneLine(title),
    description: oneLine(description),
    transp: "TRANSPARENT",
  } as EventAttributes;
}

/**
 * The cycle's deadlines and the agreements' term ends within the year as events with stable UIDs: the
 * same deadline always has the same UID, so importing the file again updates the event instead of adding
 * a second one. Pure.
 */
export function buildCalendarEvents(input: CalendarInput): EventAttributes[] {
  const { catalogue, language } = input;
  const words = WORDS[language];
  const instruction = `${catalogue.title[language]} (${catalogue.reference})`;
  const events = catalogue.deadlines.map((deadline) => allDay(`deadline-${catalogue.cycle}-${deadline.id}`, deadline.date, deadline.title[language], instruction));
  const year = String(catalogue.cycle);
  for (const agreement of [...input.agreements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!agreement.term.end.startsWith(`${year}-`)) continue;
    const official = agreement.parties.official;
    events.push(allDay(`term-end-${agreement.id}`, agreement.term.end, words.termEnds(agreement.title), `${words.official}: ${official.name}, ${official.title}`));
  }
  return events;
}

/** The events as an iCalendar file (RFC 5545), made by the `ics` library; a RangeError if it refuses one. */
export function renderCalendar(events: EventAttributes[], options: { cycle: number; language: Language; today: string }): string {
  const [year, month, day] = dateArray(options.today);
  const timestamp = Date.UTC(year, month - 1, day);
  const { error, value } = createEvents(
    events.map((event) => ({ ...event, timestamp })),
    { productId: "agreements-as-code", calName: WORDS[options.language].calendar(options.cycle), method: "PUBLISH" },
  );
  if (error || !value) throw new RangeError(`the calendar could not be made: ${error?.message ?? "no output"}`);
  return foldLines(value);
}

/**
 * RFC 5545 folds lines at 75 octets; the library counts characters, so a line with "ä" or "ö" comes out a
 * few octets too long. Unfolded and folded again here by UTF-8 length, never inside a character.
 */
export function foldLines(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = "";
      let size = 0;
      for (const character of line) {
        const bytes = Buffer.byteLength(character, "utf8");
        // The first line holds 75 octets; each continuation starts with a space, so 74 more.
        if (size + bytes > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = "";
          size = 0;
        }
        current += character;
        size += bytes;
      }
      parts.push(current);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}
