import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_PATHS, fileKind } from "../layout/paths.js";
import { collectMarkdownFiles } from "../lint/collect.js";
import { writeFileAtomically } from "../files/write-file.js";
import { formatFile, type FormatProblem } from "../formatter/format-file.js";
import type { RootSchema } from "../formatter/schema-shape.js";
import { agreementSchema, catalogueSchema } from "../model/validate.js";
import { parseCommandArgs } from "./args.js";
import type { Command } from "./io.js";
import { registryReader } from "./reader.js";

const help = `Usage: agreements format [paths...] [--check]

Writes agreements (agreements/) and goal catalogues (goals/) in one canonical form, so that a change
shows in a pull request as just the lines that changed, whoever or whatever saved the file:
  - the keys in the order of the documented format (README, "agreements schema"),
  - two-space indentation; small records such as a meter on one line, { name: …, target: … },
  - text in quotes only where YAML needs them, and targets, baselines and criteria always in quotes,
  - dates as YYYY-MM-DD, and a newline at the end of the file.
Comments stay with the line they were written above or beside; the text below the front matter is
kept exactly. A file that cannot be read is reported and left as it is; the others are still formatted.
Files the lint config ignores ("ignore" in agreements.config.json) are left out.

Arguments:
  paths        Files or folders (default: agreements goals)

Options:
  --check      Change nothing; list the files that are not formatted, and exit 1 if there are any
  -h, --help   Show this help

Exit status: 0 all files formatted, 1 files not formatted (with --check) or files that could not be
read, 2 bad usage or an internal error.
`;

export const formatCommand: Command = {
  name: "format",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { check: { type: "boolean" } });
    const check = values.check === true;
    // The files the lint ignores (the config's "ignore") are not formatted either: they are not agreements.
    const { ignore } = registryReader().config(io.cwd);
    const paths = collectMarkdownFiles(io.cwd, positionals.length > 0 ? positionals : DEFAULT_PATHS, ignore);
    const schemas: Record<"agreement" | "catalogue", RootSchema> = { agreement: agreementSchema([]), catalogue: catalogueSchema() };
    const problems: string[] = [];
    const changed: string[] = [];
    for (const path of paths) {
      const absolute = join(io.cwd, path);
      // Writing through a link would replace the link with a file; the file it points to is formatted where it lives.
      if (lstatSync(absolute).isSymbolicLink()) {
        problems.push(describe(path, { line: 1, column: 1, message: "This is a link to another file, which the formatter leaves as it is.", hint: "Format the file the link points to." }));
        continue;
      }
      const text = readFileSync(absolute, "utf8");
      const result = formatFile(text, schemas[fileKind(path)]);
      if (!result.ok) {
        problems.push(describe(path, result.problem));
        continue;
      }
      if (!result.changed) continue;
      changed.push(path);
      if (!check) writeFileAtomically(absolute, result.text);
    }
    for (const path of changed) io.stdout(check ? `${path} is not formatted.\n` : `Formatted ${path}\n`);
    for (const problem of problems) io.stdout(problem);
    io.stdout(summary(check, paths.length, changed.length, problems.length));
    return problems.length > 0 || (check && changed.length > 0) ? 1 : 0;
  },
};

function describe(path: string, problem: FormatProblem): string {
  return `${path}:${problem.line}:${problem.column}: ${problem.message} ${problem.hint}\n`;
}

function summary(check: boolean, total: number, changed: number, unreadable: number): string {
  const files = (count: number) => (count === 1 ? "1 file" : `${count} files`);
  const lines: string[] = [];
  if (check) {
    lines.push(changed === 0 ? `${files(total - unreadable)} checked: all formatted.` : `${files(changed)} of ${total} not formatted. Run "agreements format" to format them.`);
  } else {
    lines.push(changed === 0 ? `${files(total - unreadable)} checked: nothing to change.` : `Formatted ${files(changed)} of ${total}.`);
  }
  if (unreadable > 0) lines.push(`${files(unreadable)} could not be formatted and ${unreadable === 1 ? "was" : "were"} left as ${unreadable === 1 ? "it was" : "they were"}; see above.`);
  return `${lines.join("\n")}\n`;
}
