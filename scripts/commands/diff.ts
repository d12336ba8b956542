import { AGREEMENTS_FOLDER, isAgreementPath, isWithin } from "../layout/paths.js";
import { availableParallelism } from "node:os";
import { diffOf, loadAgreementParser } from "../changes/from-git.js";
import { compareInThreads, diffThreadCount } from "../changes/parallel.js";
import { renderDiffJson } from "../changes/render-json.js";
import { renderDiffMarkdown } from "../changes/render-markdown.js";
import { renderDiffText } from "../changes/render-text.js";
import type { AgreementDiff } from "../changes/types.js";
import { repositoryPath } from "../git/paths.js";
import { callerFolder } from "./caller-paths.js";
import { readRefChanges } from "../git/ref-changes.js";
import { openRepository, type Repository } from "../git/repository.js";
import { parseChoice, parseCommandArgs, parseJobs } from "./args.js";
import { UsageError } from "../errors.js";
import { LANG_FLAG, languageOf, parseLang } from "./lang.js";
import type { Language } from "../model/types.js";
import type { Command, CommandIO } from "./io.js";

const FORMATS = ["text", "markdown", "json"] as const;
type Format = (typeof FORMATS)[number];

const help = `Usage: agreements diff <from> <to> [paths...] [options]

Shows what changed in each agreement between two versions of the repository, as the agreement's
own parts: goals added, removed, retitled or moved between sections; measures, meters and
criteria; evaluations; parties, term, model, cycle and the other details; and the sections of the
text, with the changed lines. Renamed and moved files are followed. A version that cannot be read
is named with the problem that "agreements lint" reports.

Arguments:
  from, to             Two versions: tags (submission-2019 submission-2020), branches
                       (main cycle/2021) or commits
  paths                Only these agreement files or folders (default: everything in agreements/)

Options:
  --format <format>    text (default), markdown (for a pull request comment) or json
  --lang <fi|sv|en>    The language of the text (default: the config's language, else
                       Finnish); JSON keeps its keys and ids in every language
  --jobs <n>           Threads to compare with, at most one a core and one a changed agreement
                       (default: 1). More pay only for hundreds of changed agreements on a machine
                       with idle cores; the output is the same
  -h, --help           Show this help

Examples:
  agreements diff submission-2019 submission-2020
  agreements diff main HEAD agreements/vm --format markdown

Exit status: 0 the changes were shown (also when there are none), 2 bad usage, an unknown version
or a problem with the repository.
`;

/** `agreements diff <from> <to> [paths...]`. */
export const diffCommand: Command = {
  name: "diff",
  help,
  async run(argv: readonly string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { format: { type: "string" }, jobs: { type: "string" }, ...LANG_FLAG });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    const format = parseChoice("--format", values.format as string | undefined, FORMATS, "text");
    const lang = parseLang(values.lang as string | undefined);
    const jobs = parseJobs(values.jobs as string | undefined);
    const [from, to, ...paths] = positionals;
    if (from === undefined || to === undefined) {
      throw new UsageError("Give the two versions to compare, for example: agreements diff submission-2019 submission-2020.");
    }
    // The registry, like the parser, loads while Git works (see loadAgreementParser).
    const parser = loadAgreementParser(import("../rules/index.js").then((registry) => registry.RULES));
    const repository = await openRepository(io.cwd, { env: io.env });
    const scopes = paths.map((path) => agreementScope(repository, callerFolder(io), path));
    const include = (path: string) => isAgreementPath(path) && (scopes.length === 0 || scopes.some((scope) => isWithin(path, scope)));
    const changes = await readRefChanges(repository, from, to, include);
    if (scopes.length > 0) await assertScopesExist(repository, scopes, paths, changes.from, changes.to);
    const language = await languageOf(lang, repository.root);
    const agreements = await compareInThreads(changes.files, parser, diffThreadCount(jobs, changes.files.length, availableParallelism()));
    io.stdout(RENDERERS[format](diffOf(changes, agreements), language));
    return 0;
  },
};

/** A path argument as a folder or file under agreements/, relative to the repository's top folder. */
function agreementScope(repository: Repository, cwd: string, path: string): string {
  const inside = repositoryPath(repository.root, cwd, path);
  if (inside === undefined) throw new UsageError(`"${path}" is outside the repository. Give a file or folder inside agreements/.`);
  if (inside === "") return AGREEMENTS_FOLDER;
  if (!isWithin(inside, AGREEMENTS_FOLDER)) {
    throw new UsageError(`"${path}" is not in the agreements/ folder: diff compares agreements only. Give a file or folder inside agreements/.`);
  }
  return inside;
}

/** A path that is in neither version is a typing mistake: saying "nothing changed" would mislead. */
async function assertScopesExist(repository: Repository, scopes: readonly string[], typed: readonly string[], from: { ref: string; commit: string }, to: { ref: string; commit: string }): Promise<void> {
  const files = [...(await repository.listFiles(from.commit, AGREEMENTS_FOLDER)), ...(await repository.listFiles(to.commit, AGREEMENTS_FOLDER))];
  scopes.forEach((scope, index) => {
    if (!files.some((file) => isWithin(file, scope))) {
      throw new UsageError(`"${typed[index]}" is in neither ${from.ref} nor ${to.ref}. Check the path; "git ls-tree -r --name-only ${to.ref} agreements" lists the files.`);
    }
  });
}

const RENDERERS: Record<Format, (diff: AgreementDiff, language: Language) => string> = {
  text: renderDiffText,
  markdown: renderDiffMarkdown,
  json: renderDiffJson,
};
