import { parseArgs, type ParseArgsConfig } from "node:util";
import { closestMatch } from "../model/suggest.js";
import { UsageError } from "../errors.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with our wording for its errors, so a typo in a flag is a clear exit-2 message. */
export function parseCommandArgs<T extends Options>(argv: readonly string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: [...argv], options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, ".") : String(error);
    // Node ends some of its messages without a full stop (an unknown option where no arguments are taken).
    const message = /[.?!]$/.test(text) ? text : `${text}.`;
    throw new UsageError(`${message}${suggestOption(message, Object.keys(options))}`);
  }
}

/** " Did you mean --format?" for node's "Unknown option '--formt'", when one of the command's options is close. */
function suggestOption(message: string, names: readonly string[]): string {
  // Only long options: a one-letter typo such as -x is too short to guess from.
  const unknown = /^Unknown option '--([^'=]+)/.exec(message)?.[1];
  if (unknown === undefined) return "";
  const suggestion = closestMatch(unknown, [...names, "help"]);
  return suggestion === undefined ? "" : ` Did you mean --${suggestion}?`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Parses `--today`; defaults to the real date, read here at the edge and nowhere else. */
export function parseToday(value: string | undefined, now: () => Date = () => new Date()): string {
  if (value === undefined) return now().toISOString().slice(0, 10);
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--today must be a real date written YYYY-MM-DD, for example 2020-04-30 (got "${value}").`);
  }
  return value;
}

export function parseChoice<T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${choices.join(", ")} (got "${value}").`);
}

export function parseCount(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be a whole number of 0 or more (got "${value}").`);
  const count = Number(value);
  // Beyond this a number loses its last digits (and no count here is ever that large).
  if (!Number.isSafeInteger(count)) throw new UsageError(`${flag} is too large (got ${value.length > 30 ? `${value.slice(0, 30)}…` : value}).`);
  return count;
}

/** --jobs, the threads to work with: a count of 1 or more, or undefined when not given (the command's default). */
export function parseJobs(value: string | undefined): number | undefined {
  const jobs = parseCount("--jobs", value);
  if (jobs === 0) throw new UsageError("--jobs must be 1 or more.");
  return jobs;
}
