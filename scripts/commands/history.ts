import { AGREEMENTS_FOLDER, isAgreementPath, isWithin } from "../layout/paths.js";
import { agreementHistory, loadAgreementParser } from "../changes/from-git.js";
import { renderHistoryJson } from "../changes/render-json.js";
import { renderHistoryMarkdown } from "../changes/render-markdown.js";
import { renderHistoryText } from "../changes/render-text.js";
import type { AgreementHistory } from "../changes/types.js";
import { readFileHistory, readTagsAndLog } from "../git/file-history.js";
import { repositoryPath } from "../git/paths.js";
import { callerFolder } from "./caller-paths.js";
import { closestMatch } from "../model/suggest.js";
import { openRepository, type Repository } from "../git/repository.js";
import { parseChoice, parseCommandArgs } from "./args.js";
import { UsageError } from "../errors.js";
import { LANG_FLAG, languageOf, parseLang } from "./lang.js";
import type { Language } from "../model/types.js";
import type { Command, CommandIO } from "./io.js";

const FORMATS = ["text", "markdown", "json"] as const;
type Format = (typeof FORMATS)[number];

/** Submission tags are made by `agreements submit`: one a year, named submission-<year>. */
const SUBMISSION_TAGS = "submission-*";

const help = `Usage: agreements history <agreement id or path> [options]

Lists every version of one agreement, newest first: the date, the commit, who made it, the pull
request it came in (when the merge names one), the submissions (submission-* tags) that contain
it, and what changed from the version before. Renames and moves are followed, and an agreement
that was removed and added back shows both.

Arguments:
  agreement            The agreement's id (its file name without .md, for example
                       vm-statssekreterare) or the path of its file

Options:
  --format <format>    text (default), markdown or json
  --lang <fi|sv|en>    The language of the text (default: the config's language, else
                       Finnish); JSON keeps its keys and ids in every language
  -h, --help           Show this help

Needs the whole history: in GitHub Actions give actions/checkout "fetch-depth: 0".

Exit status: 0 the history was shown, 2 bad usage, an unknown agreement or a problem with the
repository (such as a shallow clone).
`;

/** `agreements history <agreement id or path>`. */
export const historyCommand: Command = {
  name: "history",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { format: { type: "string" }, ...LANG_FLAG });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    const format = parseChoice("--format", values.format as string | undefined, FORMATS, "text");
    const lang = parseLang(values.lang as string | undefined);
    if (positionals.length !== 1) {
      throw new UsageError("Give one agreement, by its id or its path, for example: agreements history vm-statssekreterare.");
    }
    const target = positionals[0]!;
    // The registry, like the parser, loads while Git works (see loadAgreementParser).
    const parser = loadAgreementParser(import("../rules/index.js").then((registry) => registry.RULES));
    const repository = await openRepository(io.cwd, { env: io.env });
    // The checks, the id's lookup and the tags and log need nothing from each other, so their Git
    // processes run together; they are awaited in this order, so a shallow or empty repository still
    // gets its own clear message before the id is looked up (their later failures are then moot).
    const shallow = repository.assertNotShallow();
    const hasCommits = repository.assertHasCommits();
    const resolved = resolveAgreement(repository, callerFolder(io), target);
    const tagsAndLog = readTagsAndLog(repository, SUBMISSION_TAGS);
    // Each is awaited below or its failure is superseded by an earlier one: never an unhandled rejection.
    for (const pending of [shallow, hasCommits, resolved, tagsAndLog]) pending.catch(() => undefined);
    await shallow;
    const head = await hasCommits;
    const path = await resolved;
    const history = await readFileHistory(repository, path, { tagPattern: SUBMISSION_TAGS, head, tagsAndLog });
    if (history.versions.length === 0) {
      throw new UsageError(`"${target}" has no history: no commit in the current branch's history changed ${path}. Check the path, or give the agreement's id.`);
    }
    const language = await languageOf(lang, repository.root);
    io.stdout(RENDERERS[format](agreementHistory(history, target, await parser), language));
    return 0;
  },
};

/**
 * An argument with a slash is a path (it may name a removed file); anything else is an id, looked up
 * among the agreements of the current commit, where the file name is the id (".md" may be typed too).
 */
async function resolveAgreement(repository: Repository, cwd: string, target: string): Promise<string> {
  if (target.includes("/")) {
    const path = repositoryPath(repository.root, cwd, target);
    if (path === undefined || !isWithin(path, AGREEMENTS_FOLDER) || !isAgreementPath(path)) {
      throw new UsageError(`"${target}" is not an agreement file: give a path such as agreements/vm/vm-statssekreterare.md, or the agreement's id.`);
    }
    return path;
  }
  const id = target.replace(/\.md$/, "");
  const agreements = (await repository.listFiles("HEAD", AGREEMENTS_FOLDER)).filter((path) => isAgreementPath(path));
  const matches = agreements.filter((path) => path.endsWith(`/${id}.md`));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    const suggestion = closestMatch(id, agreements.map((path) => path.slice(path.lastIndexOf("/") + 1, -".md".length)));
    throw new UsageError(
      `No agreement has the id "${id}" in the current commit (no file agreements/<ministry>/${id}.md). ` +
        (suggestion !== undefined ? `Did you mean "${suggestion}"?` : "Check the id; for an agreement that was removed, give the path its file had."),
    );
  }
  throw new UsageError(`Several files have the id "${id}": ${matches.join(", ")}. Give the path of the one you mean.`);
}

const RENDERERS: Record<Format, (history: AgreementHistory, language: Language) => string> = {
  text: renderHistoryText,
  markdown: renderHistoryMarkdown,
  json: renderHistoryJson,
};
