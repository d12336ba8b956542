// Hand-written on purpose: @actions/core keeps its escaping private and writes commands to process.stdout itself, past this guard.
/**
 * The one output guard: every line a command writes passes here (main() wraps stdout and stderr), so
 * that no text taken from a file, a pull request or a server can act on the GitHub Actions runner or
 * mislead a reader, whatever the command and format:
 *
 * - the runner reads a line starting with `::` (after leading white space) as a workflow command, and
 *   `##[` anywhere in a line as its older command form: such text is shown with a character escaped;
 * - the runner also ends lines at a bare carriage return, and editors and browsers at vertical tab,
 *   form feed, NEL and the Unicode line and paragraph separators: these are shown escaped, so a line
 *   can only end where the command meant it to (at "\n");
 * - bidirectional control characters (a right-to-left override can make "fdp.exe" read "exe.pdf")
 *   are shown escaped, and so are control characters (terminal escapes) when the output is no terminal;
 * - the token is masked in every form (scripts/output/redact.ts).
 *
 * The one way to write a real workflow command is a {@link WorkflowCommand}, which only
 * {@link workflowCommand} builds, escaping every piece of data in it; the guard writes it unchanged.
 */

/**
 * How an escaped character is shown: `\u202e`, as the text formatter shows control characters. In a JSON
 * string this is the same character again, so escaping JSON output on its way out loses no data.
 */
export function codePointTag(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** Left-to-right and right-to-left marks, embeddings, overrides and isolates, and the Arabic letter mark. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Where a line may end besides "\n": a bare CR (the runner), VT, FF, NEL, LS, PS. */
const OTHER_BREAKS = /[\r\u000b\u000c\u0085\u2028\u2029]/g;

/** What may stand before `::` and still leave a command: white space and invisible characters. */
const INVISIBLE_LEAD = /^[\s\u0000-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200d\u2060\ufeff]*/u;

/** Bidirectional control characters shown as `\u202e`: for any text output, not only the guarded streams. */
export function showBidi(text: string): string {
  return text.replace(BIDI, codePointTag);
}

/**
 * JSON for a file (a report, a release asset): line breaks JSON leaves raw (U+2028, U+2029, NEL) and bidi
 * controls written as JSON escapes, so the data is the same and no viewer shows it turned around.
 */
export function stringifyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u0085\u2028\u2029]/g, codePointTag).replace(BIDI, codePointTag)}\n`;
}

/** Control characters but tab (and line feed and carriage return, which have their own rules): terminal escapes, NUL, bell. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

export interface NeutraliseOptions {
  /**
   * Also show control characters escaped (`\u001b`): when the output is no terminal, no command writes
   * colour, so an escape sequence can only come from a file, where it could hide or rewrite log lines.
   */
  controls?: boolean;
}

/** One line (without its "\n") made harmless: no line break inside, no command at its start, no `##[`, no bidi control. */
export function neutraliseLine(line: string, options: NeutraliseOptions = {}): string {
  const visible = options.controls ? line.replace(CONTROLS, codePointTag) : line;
  const safe = showBidi(visible.replace(OTHER_BREAKS, codePointTag)).replace(/##\[/g, `#${codePointTag("#")}[`);
  const lead = INVISIBLE_LEAD.exec(safe)![0];
  return safe.startsWith("::", lead.length) ? `${lead}${codePointTag(":")}${safe.slice(lead.length + 1)}` : safe;
}

/**
 * Anything neutraliseLine could change: a line break but "\n", a bidi control, `##[`, `::` (a command needs
 * it) and, with `controls`, a control character. Text with none of them passes unchanged without being cut
 * into lines (a report of 10,000 agreements is 5 MB: issue 13, round 4).
 */
const MAY_CHANGE = /[\r\u000b\u000c\u0085\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|##\[|::/;
const MAY_CHANGE_WITH_CONTROLS = /[\r\u000b\u000c\u0085\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]|##\[|::/;

/** Text of whole lines ("\n"-separated, a CR before the "\n" kept) made harmless line by line. */
export function neutraliseText(text: string, options: NeutraliseOptions = {}): string {
  if (!(options.controls ? MAY_CHANGE_WITH_CONTROLS : MAY_CHANGE).test(text)) return text;
  return text
    .split("\n")
    .map((line) => (line.endsWith("\r") ? `${neutraliseLine(line.slice(0, -1), options)}\r` : neutraliseLine(line, options)))
    .join("\n");
}

const BUILT = Symbol("workflow command");

/** A workflow command line built by {@link workflowCommand}; the only text the guard lets start with `::`. */
export class WorkflowCommand {
  /** @internal Use {@link workflowCommand}. */
  constructor(
    readonly line: string,
    key: symbol,
  ) {
    if (key !== BUILT) throw new TypeError("a WorkflowCommand is made by workflowCommand() only");
  }
}

/**
 * Escapes a workflow command's message as @actions/core's `escapeData` does (`%`, CR and LF, which the
 * runner decodes again), and also shows every other line break, control character, bidi control and `##[` escaped.
 */
export function escapeData(text: string): string {
  const escaped = text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return showBidi(escaped.replace(OTHER_BREAKS, codePointTag).replace(CONTROLS, codePointTag)).replace(/##\[/g, `#${codePointTag("#")}[`);
}

/** Escapes a workflow command property (`file=...,title=...`), as @actions/core's `escapeProperty` does. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMANDS = new Set(["error", "warning", "notice"]);

/** `::error file=…,line=…::message`, every property and the message escaped: the only way to build a {@link WorkflowCommand}. */
export function workflowCommand(name: "error" | "warning" | "notice", properties: Readonly<Record<string, string | number>>, message: string): WorkflowCommand {
  if (!COMMANDS.has(name)) throw new RangeError(`no workflow command "${String(name)}" is written by this tool`);
  const list = Object.entries(properties).map(([key, value]) => {
    if (!/^[A-Za-z]+$/.test(key)) throw new RangeError(`bad workflow command property name "${key}"`);
    return `${key}=${escapeProperty(String(value))}`;
  });
  return new WorkflowCommand(`::${name}${list.length > 0 ? ` ${list.join(",")}` : ""}::${escapeData(message)}`, BUILT);
}

/** A guarded output stream: `write` for text, `command` for a built workflow command, `flush` at the end. */
export interface GuardedStream {
  write(text: string): void;
  command(command: WorkflowCommand): void;
  /** Writes what is left of an unfinished line. */
  flush(): void;
}

/**
 * Wraps a stream: text is held until its line is complete (so a command split over two writes, or a
 * token, is seen whole), then redacted and neutralised line by line.
 */
export function guardStream(write: (text: string) => void, redact: (text: string) => string, options: NeutraliseOptions = {}): GuardedStream {
  let pending = "";
  const flush = () => {
    if (pending === "") return;
    const text = pending;
    pending = "";
    write(neutraliseText(redact(text), options));
  };
  return {
    write(text) {
      pending += text;
      const end = pending.lastIndexOf("\n");
      if (end < 0) return;
      const complete = pending.slice(0, end + 1);
      pending = pending.slice(end + 1);
      write(neutraliseText(redact(complete), options));
    },
    command(command) {
      if (!(command instanceof WorkflowCommand)) throw new TypeError("only a WorkflowCommand may be written as a workflow command");
      // A command must start its own line: an unfinished line before it is ended first.
      if (pending !== "") pending += "\n";
      flush();
      write(`${redact(command.line)}\n`);
    },
    flush,
  };
}
