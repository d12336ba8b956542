import type { Place, Shown, Text } from "./types.js";

/** `item 2 of "goals"`, `"target" in item 1 of "meters"`, `"ministry"`. */
export function placeName(path: Place): string {
  if (path.length === 0) return "the front matter";
  const last = path.at(-1)!;
  if (typeof last === "number") return `item ${last + 1} of "${String(path.at(-2))}"`;
  const index = path.findLastIndex((segment) => typeof segment === "number");
  if (index > 0) return `"${last}" in item ${(path[index] as number) + 1} of "${String(path[index - 1])}"`;
  return `"${last}"`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function shown(value: Shown): string {
  switch (value.kind) {
    case "empty":
      return "empty";
    case "list":
      return "a list";
    case "group":
      return "a group of keys";
    case "text":
      return `"${value.text}"`;
    case "boolean":
      return `the yes/no value ${value.text}`;
    case "number":
      return value.text;
  }
}

const TYPES: Record<string, string> = {
  string: "text",
  integer: "a whole number (such as 2020)",
  number: "a number",
  array: "a list (lines starting with \"- \")",
  object: "a group of \"key: value\" lines",
  boolean: "true or false",
};

const CHECK_SYNTAX = "Check the indentation and the colon after each key; put text containing : or # in quotes.";
const ALIASES_HINT = "Write the values out in full instead of using YAML anchors and aliases (& and *).";
const README = "See the agreement format in README.md.";

/** The messages for what is found while reading a file: its bytes, its YAML, its schema. */
export const readingEn = {
  "decode.utf16": () => ({
    message: "The file is saved as UTF-16 (\"Unicode\"), not as UTF-8.",
    hint: "Save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8).",
  }),
  "decode.binary": () => ({
    message: "This is not a text file (it contains binary data).",
    hint: "Agreements must be Markdown text files saved as UTF-8; move other files out of agreements/ and goals/.",
  }),
  "decode.bad-byte": (p: { byte: string }) => ({
    message: `The file is not saved as UTF-8: the byte 0x${p.byte} here is not valid UTF-8.`,
    hint: "Save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8), then check the letters å, ä and ö.",
  }),
  "decode.too-large": (p: { size: string; limit: string }) => ({
    message: `The file is too large to be an agreement (${p.size}; the limit is ${p.limit}).`,
    hint: "Keep attachments and data outside agreements/ and link to them instead.",
  }),
  "decode.too-many-lines": (p: { limit: string }) => ({
    message: `The file has more than ${p.limit} lines, far more than an agreement; it is not checked further.`,
    hint: "Keep attachments and data outside agreements/ and goals/ and link to them instead.",
  }),
  "decode.nesting": (p: { max: number }) => ({
    message: `The text is nested more than ${p.max} levels deep here (lists, quotes, brackets or the marks * and _ inside each other), which no agreement needs.`,
    hint: "Check the indentation and the characters at the start of this line, that every [ has its ], and that no long row of * or _ is left in the text.",
  }),
  "parse.empty": () => ({
    message: "The file is empty.",
    hint: "An agreement starts with front matter: a line ---, the keys, and another line ---.",
  }),
  "parse.no-opening": () => ({
    message: "The file does not start with front matter (a first line of three dashes: ---).",
    hint: "Put the agreement's data between two lines of --- at the very top of the file, with nothing above the first one.",
  }),
  "parse.unclosed": () => ({
    message: "The front matter that starts on this line is never closed.",
    hint: "Add a line with three dashes (---) after the last key of the front matter.",
  }),
  "parse.not-a-map": () => ({
    message: "The front matter must be a list of keys and values (key: value), one per line.",
    hint: "Start each line with a key such as id:, title: or ministry:.",
  }),
  "parse.duplicate-key": (p: { key: string }) => ({
    message: `The key "${p.key}" appears twice here.`,
    hint: "Keep only one of the two lines with this key and merge their values.",
  }),
  "parse.too-deep": (p: { max: number }) => ({
    message: `The front matter is nested more than ${p.max} levels deep here, which no agreement needs.`,
    hint: "Check the indentation and that every [ has its ] and every { its }.",
  }),
  "parse.too-many": (p: { max: number }) => ({
    message: `The front matter holds more than ${p.max.toLocaleString("en")} values, far more than an agreement; it is not checked further from here.`,
    hint: "Keep only the agreement's own data in the front matter; move lists and tables elsewhere and link to them.",
  }),
  "parse.unresolved-alias": (p: { name: string }) => ({
    message: `"*${p.name}" refers to an anchor (&${p.name}) that is not defined above it.`,
    hint: "A value that starts with * or & must be put in quotes, for example \"*text*\".",
  }),
  "parse.looping-alias": (p: { name: string }) => ({
    message: `"*${p.name}" refers to the value it is itself part of, which never ends.`,
    hint: ALIASES_HINT,
  }),
  "parse.alias-bomb": () => ({
    message: "The front matter repeats anchors (*name) so many times that it cannot be read safely.",
    hint: ALIASES_HINT,
  }),
  "parse.alias-unresolvable": () => ({
    message: "The front matter's anchors (&name) and references (*name) cannot be resolved.",
    hint: ALIASES_HINT,
  }),
  "yaml.too-deep": () => ({
    message: "The front matter is nested too deeply to be read.",
    hint: "Check the indentation and that every [ has its ] and every { its }.",
  }),
  "yaml.tab": () => ({ message: "A tab is used to indent this line.", hint: "Indent with spaces instead of tabs (two spaces per level)." }),
  "yaml.bad-scalar-start": (p: { character: string }) => ({
    message: `A value cannot start with the character ${p.character} unless it is in quotes.`,
    hint: `Put the whole value in double quotes, for example "${p.character}…".`,
  }),
  "yaml.indented-continuation": () => ({
    message: "This line is indented more than the key above it, so it reads as the continuation of that key's value.",
    hint: "Start each key in the same column as the keys above it; indent with spaces, two per level.",
  }),
  "yaml.colon-space": () => ({
    message: "This value contains a colon followed by a space, which reads as a second key on the same line.",
    hint: "Put the whole value in double quotes, for example title: \"Avtal: 2020\".",
  }),
  "yaml.not-lined-up": () => ({
    message: "This line is not lined up with the lines above it.",
    hint: "Keys of the same list item start in the same column; indent with spaces, two per level.",
  }),
  "yaml.unclosed-quote": (p: { quote: string }) => ({
    message: `The quotation mark ${p.quote} that starts here is never closed.`,
    hint: `Add the closing ${p.quote} at the end of the value.`,
  }),
  "yaml.unclosed-flow": (p: { open: string; close: string }) => ({
    message: `The ${p.open} that starts here has no matching ${p.close}, or its next lines are not indented enough.`,
    hint: `Close it with ${p.close} on the same line, or write one item per line instead.`,
  }),
  "yaml.key-not-lined-up": () => ({
    message: "This key is not lined up with the keys above it.",
    hint: "Keys at the same level must start in the same column; indent with spaces, two per level.",
  }),
  "yaml.not-key-value": () => ({
    message: "This line is not of the form \"key: value\" (is the colon after the key missing?).",
    hint: "Write each line as a key, a colon, a space and the value; list items start with \"- \" under their key.",
  }),
  "yaml.bad-escape": () => ({
    message: "A backslash (\\) inside double quotes starts a special character, and this one is not valid.",
    hint: "Write \\\\ for a backslash, or put the value in single quotes instead.",
  }),
  "yaml.multiple-docs": () => ({
    message: "A line here ends the front matter's data too early (a line of ... or ---).",
    hint: "Remove the line, or put its text in quotes.",
  }),
  "yaml.long-key": () => ({ message: "This key is longer than 1,024 characters; probably a colon is missing after a key.", hint: CHECK_SYNTAX }),
  "yaml.anchors": () => ({
    message: "The anchors (&name) and references (*name) here are not valid YAML.",
    hint: "Write the values out in full; a value that starts with & or * must be put in quotes.",
  }),
  "yaml.block-in-flow": () => ({
    message: "A list written with - lines is inside [ ] or { } here.",
    hint: "Either write the items inside the brackets on one line, separated by commas, or remove the brackets and write one item per line starting with - .",
  }),
  "yaml.block-scalar-header": (p: { indicator: string }) => ({
    message: `The ${p.indicator} at the end of this line starts a text written on the next lines, so nothing may follow it on this line.`,
    hint: `Move the text after ${p.indicator} to the next line, indented, or remove the ${p.indicator} and put the whole value in quotes.`,
  }),
  "yaml.invisible-indent": (p: { character: string }) => ({
    message: `This line is indented with an invisible character (${p.character}), often pasted from Word, which is not a space.`,
    hint: "Delete the indentation at the start of this line and type it again with ordinary spaces (two per level).",
  }),
  "yaml.other": (p: { detail: string }) => ({ message: `The front matter cannot be read here: ${p.detail}.`, hint: CHECK_SYNTAX }),
  "schema.common-missing": (p: { place: Place }) => ({
    message: `${capital(placeName(p.place))} is in the common section but does not say which common management goal it answers.`,
    hint: "Add \"common: <goal id>\" with an id from this year's catalogue, for example common: knowledge-based-management.",
  }),
  "schema.required": (p: { place: Place; missing: readonly string[] }) => {
    const keys = p.missing.map((key) => `"${key}"`).join(", ");
    const where = p.place.length === 0 ? " to the front matter" : ` under ${placeName(p.place)}`;
    return {
      message: `${p.place.length === 0 ? "The front matter" : capital(placeName(p.place))} lacks the key${p.missing.length > 1 ? "s" : ""} ${keys}.`,
      hint: p.missing.length === 1 ? `Add a line "${p.missing[0]}: …"${where}.` : `Add a line for each of ${keys}${where}.`,
    };
  },
  "schema.unknown-key": (p: { place: Place; key: string; suggestion: string | undefined; allowed: readonly string[] }) => ({
    message: `"${p.key}" is not a known key ${p.place.length === 0 ? "in the front matter" : `under ${placeName(p.place)}`}.`,
    hint: p.suggestion ? `Did you mean "${p.suggestion}"?` : `Known keys here: ${p.allowed.join(", ")}.`,
  }),
  "schema.enum": (p: { place: Place; allowed: readonly string[]; value: Shown; suggestion: string | undefined }) => ({
    message: `${capital(placeName(p.place))} must be one of ${p.allowed.join(", ")}; it is ${shown(p.value)}.`,
    hint: p.suggestion ? `Did you mean "${p.suggestion}"?` : `Write one of: ${p.allowed.join(", ")}.`,
  }),
  "schema.type": (p: { place: Place; expected: readonly string[]; value: Shown }) => ({
    message: `${capital(placeName(p.place))} must be ${p.expected.map((type) => TYPES[type] ?? type).join(" or ")}; it is ${shown(p.value)}.`,
    hint:
      p.expected.includes("string") && (p.value.kind === "number" || p.value.kind === "boolean")
        ? `Put the value in quotes, for example "${p.value.text}".`
        : p.expected.includes("integer") && p.value.kind === "text" && /^(?:0|[1-9]\d*)$/.test(p.value.text)
          ? `Remove the quotes: write ${p.value.text} without them.`
          : p.expected.includes("integer") && p.value.kind === "text" && /^[-+]?(?:0[xo]|\d)/i.test(p.value.text)
            ? "Write the number as plain digits, for example 2020 (not 2020.0, 0x7e4 or +2020)."
          : p.value.kind === "empty"
            ? "Write a value after the colon, or remove the line."
            : README,
  }),
  "schema.date": (p: { place: Place; value: Shown; suggestion: string | undefined }) => ({
    message: `${capital(placeName(p.place))} must be a real date written YYYY-MM-DD; it is ${shown(p.value)}.`,
    hint: p.suggestion ? `Write ${p.suggestion}.` : "Write the date as year-month-day with leading zeros, for example 2020-04-30.",
  }),
  "schema.github": (p: { place: Place; value: Shown }) => ({
    message: `${capital(placeName(p.place))} must be a GitHub user name; it is ${shown(p.value)}.`,
    hint: "Write the user name only, without @ or a web address, for example maria-exempel.",
  }),
  "schema.id": (p: { place: Place; value: Shown; suggestion: string | undefined }) => ({
    message: `${capital(placeName(p.place))} may contain only lower-case letters a–z, digits and hyphens; it is ${shown(p.value)}.`,
    hint: p.suggestion ? `Did you mean "${p.suggestion}"?` : "Use a short id such as vm-statssekreterare: no spaces, capitals or letters like å, ä, ö.",
  }),
  "schema.min-items": (p: { place: Place; limit: number }) => ({
    message: `${capital(placeName(p.place))} must list at least ${p.limit} item${p.limit === 1 ? "" : "s"}.`,
    hint: `Add items under ${placeName(p.place)}, each on its own line starting with "- ".`,
  }),
  "schema.empty": (p: { place: Place }) => ({ message: `${capital(placeName(p.place))} is empty.`, hint: `Write a value for ${placeName(p.place)}.` }),
  "schema.empty-levels": (p: { place: Place }) => ({
    message: `${capital(placeName(p.place))} is empty.`,
    hint: "Give at least one level, for example good: \">= 80 %\".",
  }),
  "schema.year": (p: { place: Place; value: Shown }) => ({
    message: `${capital(placeName(p.place))} must be a year between 2000 and 2100; it is ${shown(p.value)}.`,
    hint: "Write the year with four digits, for example 2020.",
  }),
  "schema.other": (p: { place: Place; detail: string }) => ({ message: `${capital(placeName(p.place))} ${p.detail}.`, hint: README }),
  "schema.too-many": (p: { max: number }) => ({
    message: `The front matter has more problems than the ${p.max} listed before this one.`,
    hint: "Fix the problems listed first, then check the file again to see the rest.",
  }),
} satisfies Record<string, (params: never) => Text>;
