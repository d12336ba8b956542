import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createFileAtomically, FileExistsError } from "../files/write-file.js";
import { basename, dirname, join } from "node:path";
import { collectMarkdownFiles } from "../lint/collect.js";
import { splitFrontMatter } from "../model/front-matter.js";
import type { Catalogue, Language } from "../model/types.js";
import { TO_BE_FILLED } from "../rules/to-be-filled.js";
import { agreementPath, cataloguePath as cataloguePathOf, catalogueYearOfName, GOALS_FOLDER } from "../layout/paths.js";
import { AGREEMENT_KINDS, buildAgreement, type AgreementKind } from "../scaffold/build-agreement.js";
import { checkId, checkMinistry, type Checked } from "../scaffold/options.js";
import { parseChoice, parseCommandArgs, parseToday } from "./args.js";
import { UsageError, UserError } from "../errors.js";
import type { Command, CommandIO } from "./io.js";
import { registryReader } from "./reader.js";
import type { Reader } from "../reader/reader.js";

const LANGUAGES: readonly Language[] = ["sv", "fi", "en"];

const help = `Usage: agreements new --ministry <code> --id <id> --language <sv|fi|en> [options]

Creates a new agreement, agreements/<ministry>/<id>.md, for the newest yearly instruction in goals/
(or the one given with --cycle). It has every key of the agreement format, a goal for each common
goal of the instruction, the model's section headings in the chosen language, and the evaluation
the instruction asks for. Every place a person must fill in says ${TO_BE_FILLED}; the file passes
"agreements lint" except for those places. An existing file is never overwritten.

Options:
  --ministry <code>      VNK, UM, OM, SM, PLM, VM, OKM, MMM, LVM, TEM, STM or YM
  --id <id>              The agreement's id and file name: small letters, digits, hyphens
  --language <sv|fi|en>  The language the agreement is written in
  --cycle <year>         The yearly instruction to answer, goals/<year>.md (default: the newest)
  --kind <kind>          ministry-head, agency-head, director-general or other (default: ask in the file)
  --today <YYYY-MM-DD>   The date the stand-in dates are chosen around (default: today)
  --dry-run              Print the file and its path; write nothing
  -h, --help             Show this help

Exit status: 0 created (or printed), 2 bad usage or a refusal (the file exists, the id is taken, no instruction).
`;

/** A precondition that failed (the options were right, the repository was not): exit 2, nothing written, no --help hint. */
function refusal(message: string): UserError {
  return new UserError(message);
}

export const newCommand: Command = {
  name: "new",
  help,
  run: async (argv, io) => createAgreement(argv, io),
};

function createAgreement(argv: readonly string[], io: CommandIO): number {
  const { values } = parseCommandArgs(
    argv,
    {
      ministry: { type: "string" },
      id: { type: "string" },
      language: { type: "string" },
      cycle: { type: "string" },
      kind: { type: "string" },
      today: { type: "string" },
      "dry-run": { type: "boolean" },
    },
    false,
  );
  const missing = (["ministry", "id", "language"] as const).filter((flag) => values[flag] === undefined);
  if (missing.length > 0) {
    const flags = missing.map((flag) => `--${flag}`);
    const named = flags.length === 1 ? `${flags[0]} is` : `${flags.slice(0, -1).join(", ")} and ${flags[flags.length - 1]} are`;
    throw new UsageError(`${named} needed, for example: agreements new --ministry VM --id vm-ny-avdelningschef --language sv`);
  }
  const ministry = accept(checkMinistry(values.ministry as string));
  const id = accept(checkId(values.id as string));
  const language = parseChoice("--language", values.language as string | undefined, LANGUAGES, "sv");
  const kind = values.kind === undefined ? undefined : parseChoice<AgreementKind>("--kind", values.kind as string, AGREEMENT_KINDS, "other");
  const today = parseToday(values.today as string | undefined);
  const cycle = parseCycle(values.cycle as string | undefined);

  const path = agreementPath(ministry, id);
  if (existsSync(join(io.cwd, path))) {
    throw refusal(`${path} already exists, and an agreement is never overwritten. Edit that file, or choose another --id.`);
  }
  const taken = agreementsWithId(io.cwd, id);
  if (taken.length > 0) {
    throw refusal(`the id "${id}" is already used by ${taken.join(", ")}. Each agreement needs its own id: choose another --id.`);
  }
  const { catalogue, cataloguePath } = loadCatalogue(io.cwd, cycle, registryReader());

  const scaffold = buildAgreement(catalogue, cataloguePath, { ministry, id, language, kind, today });
  if (values["dry-run"]) {
    io.stdout(`Dry run: would write ${scaffold.path} (nothing was written).\n\n${scaffold.text}`);
    return 0;
  }
  writeNewFile(join(io.cwd, scaffold.path), scaffold.text);
  io.stdout(
    `Created ${scaffold.path} for the ${catalogue.cycle} instruction (${cataloguePath}).\n` +
      `Fill in every place marked ${TO_BE_FILLED} (and the rating and bonus marked to-be-filled), then check it with:\n` +
      `  agreements lint ${scaffold.path}\n`,
  );
  return 0;
}

function accept<T>(checked: Checked<T>): T {
  if (checked.ok) return checked.value;
  throw new UsageError(checked.message);
}

function parseCycle(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--cycle must be a year such as 2020 (got "${value}").`);
  return Number(value);
}

/** Other agreements that use the id, by file name or by the id in their front matter. */
function agreementsWithId(root: string, id: string): string[] {
  if (!existsSync(join(root, "agreements"))) return [];
  return collectMarkdownFiles(root, ["agreements"], []).filter((path) => {
    if (basename(path, ".md") === id) return true;
    const data = splitFrontMatter(readFileSync(join(root, path), "utf8")).frontMatter?.data;
    return typeof data === "object" && data !== null && (data as { id?: unknown }).id === id;
  });
}

/** The catalogue of the given cycle, or of the newest one in goals/; it must itself be valid. */
function loadCatalogue(root: string, cycle: number | undefined, reader: Reader): { catalogue: Catalogue; cataloguePath: string } {
  const years = existsSync(join(root, GOALS_FOLDER))
    ? readdirSync(join(root, GOALS_FOLDER))
        .map(catalogueYearOfName)
        .filter((year): year is number => year !== undefined)
        .sort((a, b) => a - b)
    : [];
  if (years.length === 0) {
    throw refusal("there is no yearly instruction in goals/ (such as goals/2020.md), so there is nothing to build the agreement from.");
  }
  const year = cycle ?? years[years.length - 1]!;
  const cataloguePath = cataloguePathOf(year);
  if (!years.includes(year)) {
    throw refusal(`there is no instruction for ${year} (${cataloguePath}). The instructions in goals/ are for: ${years.join(", ")}.`);
  }
  const file = reader.parse(cataloguePath, readFileSync(join(root, cataloguePath)), "catalogue");
  if (file.kind !== "catalogue" || !file.catalogue) {
    throw refusal(`${cataloguePath} has problems, so no agreement can be built from it. Run "agreements lint ${cataloguePath}" to see them.`);
  }
  return { catalogue: file.catalogue, cataloguePath };
}

function writeNewFile(target: string, text: string): void {
  mkdirSync(dirname(target), { recursive: true });
  try {
    createFileAtomically(target, text);
  } catch (error) {
    if (error instanceof FileExistsError) throw refusal(`${basename(target)} was created by someone else just now; it was left as it is.`);
    throw error;
  }
}
