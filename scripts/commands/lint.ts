import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { version } from "../cli.js";
import type { FormatOptions, Formatter } from "../format/formatter.js";
import { collectMarkdownFiles, DEFAULT_PATHS } from "../lint/collect.js";
import { loadConfig } from "../lint/config.js";
import { lint } from "../lint/engine.js";
import { exitCode } from "../lint/exit-code.js";
import { RULES } from "../rules/index.js";
import { parseChoice, parseCommandArgs, parseCount, parseToday } from "./args.js";
import type { Command, CommandIO } from "./io.js";

const FORMATS = ["text", "json", "sarif", "github"] as const;
type Format = (typeof FORMATS)[number];

const help = `Usage: agreements lint [paths...] [options]

Checks agreements (agreements/) and the yearly goal catalogues (goals/) against the common
management goals, deadlines and bonus rules. Prints each finding with file:line:column.

Arguments:
  paths                  Files or folders to check (default: agreements goals)

Options:
  --format <format>      text (default), json, sarif or github (annotations + job summary)
  --today <YYYY-MM-DD>   The date deadlines are measured against (default: today)
  --config <file>        Config file (default: agreements.config.json, .yaml or .yml if present)
  --max-warnings <n>     Exit 1 when there are more than n warnings (default: no limit)
  --list-rules           List the rules with their default severity and exit
  -h, --help             Show this help

Exit status: 0 no errors, 1 errors (or too many warnings), 2 bad usage or an internal error.
`;

async function loadFormatter(format: Format): Promise<Formatter> {
  switch (format) {
    case "text":
      return (await import("../format/text.js")).formatText;
    case "json":
      return (await import("../format/json.js")).formatJson;
    case "sarif":
      return (await import("../format/sarif.js")).formatSarif;
    case "github":
      return (await import("../format/github.js")).formatGithubAnnotations;
  }
}

export const lintCommand: Command = {
  name: "lint",
  summary: "Check agreements and goal catalogues.",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs("lint", argv, {
      format: { type: "string" },
      today: { type: "string" },
      config: { type: "string" },
      "max-warnings": { type: "string" },
      "list-rules": { type: "boolean" },
    });
    if (values["list-rules"]) {
      for (const rule of RULES) io.stdout(`${rule.id.padEnd(24)} ${rule.defaultSeverity.padEnd(8)} ${rule.description}\n`);
      return 0;
    }
    const format = parseChoice("--format", values.format as string | undefined, FORMATS, "text");
    const today = parseToday(values.today as string | undefined);
    const maxWarnings = parseCount("--max-warnings", values["max-warnings"] as string | undefined);
    const ruleIds = RULES.map((rule) => rule.id);
    const config = loadConfig(io.cwd, values.config as string | undefined, ruleIds);

    const requested = collectMarkdownFiles(io.cwd, positionals.length > 0 ? positionals : DEFAULT_PATHS, config.ignore);
    // Catalogues are always loaded: every agreement is checked against its year's catalogue.
    const catalogues = existsSync(join(io.cwd, "goals")) ? collectMarkdownFiles(io.cwd, ["goals"], config.ignore) : [];
    const paths = [...new Set([...requested, ...catalogues])];
    const reported = new Set(requested);
    const result = lint({
      files: paths.map((path) => ({ path, bytes: readFileSync(join(io.cwd, path)) })),
      rules: RULES,
      today,
      severities: config.rules,
      reportOn: (path) => reported.has(path),
      pathExists: (path) => existsSync(join(io.cwd, path)),
    });

    const options: FormatOptions = {
      filesChecked: result.filesChecked,
      color: format === "text" && io.isTTY && io.env.NO_COLOR === undefined,
      rules: RULES,
      toolVersion: version(),
    };
    io.stdout((await loadFormatter(format))(result.findings, options));
    if (format === "github" && io.env.GITHUB_STEP_SUMMARY) {
      const { formatGithubSummary } = await import("../format/github.js");
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatGithubSummary(result.findings, options));
    }
    return exitCode(result.findings, maxWarnings);
  },
};
