import { readFileSync } from "node:fs";
import { UsageError } from "./commands/errors.js";
import type { Command, CommandIO } from "./commands/io.js";

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
  release: { summary: "Publish the yearly submission (tag submission-<year>) as a GitHub release with the report and a manifest attached.", load: async () => (await import("./commands/release.js")).releaseCommand },
  remind: { summary: "Open, update or close the reminder issue of a yearly cycle, mentioning the parties of agreements not yet updated.", load: async () => (await import("./commands/remind.js")).remindCommand },
  codeowners: { summary: "Write .github/CODEOWNERS from the agreements' parties, so GitHub asks both for a review.", load: async () => (await import("./commands/codeowners.js")).codeownersCommand },
  new: { summary: "Create a new agreement for the current cycle, ready to be filled in.", load: async () => (await import("./commands/new.js")).newCommand },
  format: { summary: "Write agreements and goal catalogues in one canonical form, so every diff shows only what changed.", load: async () => (await import("./commands/format.js")).formatCommand },
  cms: { summary: "Write the configuration of the form editor (a Git-based CMS) from the agreement format and the goal catalogues.", load: async () => (await import("./commands/cms.js")).cmsCommand },
  schema: { summary: "Print the JSON Schema of the agreement or the goal catalogue format.", load: async () => (await import("./commands/schema.js")).schemaCommand },
};

/** The package's version, from the package.json above this file (dist/ or dist/bin/, as built). */
export function version(): string {
  for (const relative of ["../package.json", "../../package.json"]) {
    try {
      const manifest = JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8")) as { name?: string; version: string };
      if (manifest.name === "agreements-as-code") return manifest.version;
    } catch {
      // not at this level
    }
  }
  return "unknown";
}

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

/** The whole CLI as a function: argv in, exit code out. Only the bin touches `process`. */
export async function main(options: MainOptions): Promise<number> {
  const { argv, ...io } = options;
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
    io.stderr(`agreements: "${first}" is not a command. Run "agreements --help" to see the commands.\n`);
    return 2;
  }
  const command = await entry.load();
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(command.help);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = error.showHelpHint ? `Run "agreements ${first} --help" for the options.\n` : "";
      io.stderr(`agreements ${first}: ${error.message}\n${hint}`);
      return 2;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr(`agreements ${first}: an internal error stopped the command. Please report it with this text:\n${detail}\n`);
    return 2;
  }
}
