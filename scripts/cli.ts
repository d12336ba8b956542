import { UsageError, UserError } from "./errors.js";
import { findRepositoryRoot } from "./files/repository-root.js";
import { closestMatch } from "./model/suggest.js";
import type { Command, CommandIO } from "./commands/io.js";
import { guardStream } from "./output/guard.js";
import { describeInternalError } from "./output/internal-error.js";
import { createRedactor } from "./output/redact.js";
import { version } from "./version.js";

/** Every command with its one-line summary. Commands load lazily, so `agreements schema` never pays for what `agreements lint` needs. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  lint: { summary: "Check agreements and goal catalogues; findings with file, line and column.", load: async () => (await import("./commands/lint.js")).lintCommand },
  report: { summary: "Summaries per administrative sector for the Ministry of Finance (Markdown, CSV, JSON, HTML).", load: async () => (await import("./commands/report.js")).reportCommand },
  diff: { summary: "What changed in each agreement between two versions (tags, branches, commits).", load: async () => (await import("./commands/diff.js")).diffCommand },
  history: { summary: "Every version of one agreement: when, by whom, in which pull request and submission, and what changed.", load: async () => (await import("./commands/history.js")).historyCommand },
  cycle: { summary: "Open a new yearly cycle: roll every agreement forward on a branch cycle/<year>.", load: async () => (await import("./commands/cycle.js")).cycleCommand },
  submit: { summary: "Tag the yearly submission (submission-<year>) after checking it, and push the tag.", load: async () => (await import("./commands/submit.js")).submitCommand },
  approvals: { summary: "Check that both parties of every agreement a pull request changes have approved it.", load: async () => (await import("./commands/approvals.js")).approvalsCommand },
  comment: { summary: "Keep one comment on a pull request with the approvals, the changes in each agreement and the lint findings.", load: async () => (await import("./commands/comment.js")).commentCommand },
  release: { summary: "Publish the yearly submission (tag submission-<year>) as a GitHub release, with the same files as agreements package attached.", load: async () => (await import("./commands/release.js")).releaseCommand },
  remind: { summary: "Open, update or close the reminder issue of a yearly cycle, mentioning the parties of agreements not yet updated.", load: async () => (await import("./commands/remind.js")).remindCommand },
  codeowners: { summary: "Write .github/CODEOWNERS from the agreements' parties, so GitHub asks both for a review.", load: async () => (await import("./commands/codeowners.js")).codeownersCommand },
  new: { summary: "Create a new agreement for the current cycle, ready to be filled in.", load: async () => (await import("./commands/new.js")).newCommand },
  render: { summary: "Make each agreement a document (HTML page or A4 PDF) in the 2017 model's layout, in its own language.", load: async () => (await import("./commands/render.js")).renderCommand },
  package: { summary: "Build the submission to the Ministry of Finance as files: the agreements as PDFs, the report, a checksummed manifest.", load: async () => (await import("./commands/package.js")).packageCommand },
  calendar: { summary: "The yearly instruction's deadlines and the terms ending that year as an iCalendar file for Outlook and other calendars.", load: async () => (await import("./commands/calendar.js")).calendarCommand },
  brief: { summary: "The brief for an agreement's yearly management discussion: changes, meters, last evaluation, requirements, open points.", load: async () => (await import("./commands/brief.js")).briefCommand },
  format: { summary: "Write agreements and goal catalogues in one canonical form, so every diff shows only what changed.", load: async () => (await import("./commands/format.js")).formatCommand },
  cms: { summary: "Write the configuration of the form editor (a Git-based CMS) from the agreement format and the goal catalogues.", load: async () => (await import("./commands/cms.js")).cmsCommand },
  "cms-format": { summary: "Format the agreements a form-editor pull request saved and push them to its branch (for the workflow).", load: async () => (await import("./commands/cms-format.js")).cmsFormatCommand },
  schema: { summary: "Print the JSON Schema of the agreement or the goal catalogue format.", load: async () => (await import("./commands/schema.js")).schemaCommand },
};

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    "Usage: agreements <command> [options]",
    "",
    "Management agreements (ledningsavtal / johtamissopimus) kept in Git.",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
    "",
    "Options:",
    "  -h, --help     Show help (also: agreements <command> --help)",
    "  -v, --version  Show the version",
    "",
  ].join("\n");
}

export interface MainOptions extends CommandIO {
  argv: readonly string[];
}

/** Variables that hold a GitHub token whatever the flags say; `--token-env NAME` adds NAME. */
const TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"];

/** The secrets the output guard masks: the tokens in the environment, including the one `--token-env` names. */
function secretsOf(argv: readonly string[], env: MainOptions["env"]): (string | undefined)[] {
  const names = new Set(TOKEN_VARIABLES);
  argv.forEach((arg, index) => {
    if (arg === "--token-env" && argv[index + 1] !== undefined) names.add(argv[index + 1]!);
    else if (arg.startsWith("--token-env=")) names.add(arg.slice("--token-env=".length));
  });
  return [...names].map((name) => env[name]);
}

/**
 * The whole CLI as a function: argv in, exit code out. Only the bin touches `process`. Everything a
 * command writes passes the output guard (scripts/output/guard.ts) here, once for each stream: no
 * text from a file or a server can become a workflow command, and the token is masked in every form.
 */
export async function main(options: MainOptions): Promise<number> {
  const { argv, ...unguarded } = options;
  const redact = createRedactor(secretsOf(argv, unguarded.env));
  // Colour is written only to a terminal: anywhere else (an Actions log) an escape sequence came from a file.
  const shown = { controls: !unguarded.isTTY };
  const stdout = guardStream((text) => unguarded.stdout(text), redact, shown);
  const stderr = guardStream((text) => unguarded.stderr(text), redact, shown);
  const io: CommandIO = { ...unguarded, stdout: stdout.write, stderr: stderr.write, command: stdout.command };
  try {
    return await runCommand(argv, io);
  } finally {
    stdout.flush();
    stderr.flush();
  }
}

async function runCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic && COMMANDS[topic]) {
      io.stdout((await COMMANDS[topic].load()).help);
      return 0;
    }
    io.stdout(overview());
    return first === undefined ? 2 : 0;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${version()}\n`);
    return 0;
  }
  const entry = COMMANDS[first];
  if (!entry) {
    const suggestion = closestMatch(first, Object.keys(COMMANDS));
    const didYouMean = suggestion === undefined ? "" : ` Did you mean "agreements ${suggestion}"?`;
    io.stderr(`agreements: "${first}" is not a command.${didYouMean} Run "agreements --help" to see the commands.\n`);
    return 2;
  }
  const command = await entry.load();
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(command.help);
      return 0;
    }
    const root = findRepositoryRoot(io.cwd);
    return await command.run(rest, root === io.cwd ? io : { ...io, cwd: root, invokedIn: io.cwd });
  } catch (error) {
    // The one place an error becomes text and an exit code: a problem the user can fix is its sentence.
    if (error instanceof UserError) {
      const hint = error instanceof UsageError ? `Run "agreements ${first} --help" for the options.\n` : "";
      io.stderr(`agreements ${first}: ${error.message}\n${hint}`);
      return 2;
    }
    const detail = describeInternalError(error);
    io.stderr(`agreements ${first}: an internal error stopped the command. Please report it with this text:\n${detail}\n`);
    return 2;
  }
}
