import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildCodeowners, CODEOWNERS_PATH } from "../codeowners/build.js";
import { describeDifference } from "../codeowners/compare-text.js";
import { ownersFromSummaries } from "../codeowners/from-summaries.js";
import { writeFileAtomically } from "../files/write-file.js";
import { AGREEMENTS_FOLDER } from "../layout/paths.js";
import { collectMarkdownFiles } from "../lint/collect.js";
import { lint } from "../lint/engine.js";
import { parseCommandArgs, parseToday } from "./args.js";
import { UsageError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";

const help = `Usage: agreements codeowners [options]

Writes .github/CODEOWNERS from the two parties (official and superior) named in each agreement, so
that GitHub asks both of them to review every pull request that changes their agreement. The file is
generated: change the parties' github: user names in the agreements, never the file itself. The
maintainers named in the config (agreements.config.*, "maintainers") own the files that set the
rules: the config, goals/, .github/, scripts/, bin/, package.json, package-lock.json and .npmrc.

Options:
  --check      Change nothing; exit 1 if .github/CODEOWNERS is missing or out of date, or cannot
               cover an agreement (a file name with # or [, unreadable parties), and show how
               (for the checks on a pull request)
  --dry-run    Print the file instead of writing it
  -h, --help   Show this help

Exit status: 0 done (or up to date), 1 out of date (--check), 2 bad usage or an internal error.
`;

export const codeownersCommand: Command = {
  name: "codeowners",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { check: { type: "boolean" }, "dry-run": { type: "boolean" } });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`takes no arguments (got "${positionals.join(" ")}").`);
    if (values.check && values["dry-run"]) throw new UsageError("use --check or --dry-run, not both.");

    const { text, warnings, leftOut } = generate(io.cwd);
    for (const warning of warnings) io.stderr(`agreements codeowners: warning: ${warning}\n`);

    if (values["dry-run"]) {
      io.stdout(text);
      return 0;
    }
    const target = join(io.cwd, CODEOWNERS_PATH);
    const current = existsSync(target) ? readFileSync(target, "utf8") : undefined;
    if (values.check) {
      // A file that leaves an agreement out is not up to date, whatever its bytes: GitHub would ask none of
      // that agreement's parties (issue 9).
      if (leftOut.length > 0) {
        io.stdout(
          `${CODEOWNERS_PATH} cannot cover ${leftOut.length === 1 ? "1 agreement" : `${leftOut.length} agreements`}, so GitHub would not ask their parties to review:\n` +
            leftOut.map((sentence) => `  ${sentence}\n`).join(""),
        );
        return 1;
      }
      if (current === text) {
        io.stdout(`${CODEOWNERS_PATH} is up to date.\n`);
        return 0;
      }
      const lines = current === undefined ? ["(the file does not exist yet)"] : describeDifference(current, text);
      io.stdout(
        `${CODEOWNERS_PATH} is out of date with the agreements' parties:\n${lines.map((line) => `  ${line}\n`).join("")}` +
          `Run "agreements codeowners" and commit ${CODEOWNERS_PATH}.\n`,
      );
      return 1;
    }
    if (current === text) {
      io.stdout(`${CODEOWNERS_PATH} is already up to date.\n`);
      return 0;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomically(target, Buffer.from(text, "utf8"));
    io.stdout(`Wrote ${CODEOWNERS_PATH} (${countLines(text)}). Commit it so GitHub asks the parties for reviews.\n`);
    return 0;
  },
};

/** Reads every agreement as the lint does (the same files, the same ignore list) and builds the file. */
function generate(root: string): { text: string; warnings: string[]; leftOut: string[] } {
  const reader = registryReader();
  const config = reader.config(root);
  const paths = existsSync(join(root, AGREEMENTS_FOLDER)) ? collectMarkdownFiles(root, [AGREEMENTS_FOLDER], config.ignore) : [];
  const result = lint({
    files: paths.map((path) => ({ path, bytes: readFileSync(join(root, path)) })),
    rules: reader.rules,
    validators: reader.validators(),
    // Only the parsed front matter is wanted: no rule reports on any file, so the date plays no part.
    today: parseToday(undefined),
    reportOn: () => false,
    pathExists: (path) => existsSync(join(root, path)),
    withData: true,
  });
  const { owners, warnings: readWarnings, leftOut } = ownersFromSummaries(result.files);
  const built = buildCodeowners(owners, { maintainers: config.maintainers ?? [] });
  return { text: built.text, warnings: [...readWarnings, ...built.warnings], leftOut: [...leftOut, ...built.leftOut] };
}

function countLines(text: string): string {
  const count = text.split("\n").filter((line) => line.startsWith("/agreements/")).length;
  return `${count} agreement${count === 1 ? "" : "s"}`;
}
