import { placeholderWords, type PlaceholderWords } from "../messages/placeholders.js";
import { posix } from "node:path";
import { stringify } from "yaml";
import { agreementPath } from "../layout/paths.js";
import { findUpdateDeadline } from "../model/catalogue.js";
import type { Agreement, Catalogue, CatalogueGoal, Language, MinistryCode } from "../model/types.js";
import { ENUM_PLACEHOLDER, TO_BE_FILLED } from "../rules/to-be-filled.js";
import { headTitle, MINISTRY_NAMES } from "../model/ministries.js";
import { instructionSentence, ministryHeadAgreementTitle, openAgreementTitle, sectionGuide } from "./wording.js";

export type AgreementKind = NonNullable<Agreement["kind"]>;
export const AGREEMENT_KINDS: readonly AgreementKind[] = ["ministry-head", "agency-head", "director-general", "other"];

export interface ScaffoldOptions {
  ministry: MinistryCode;
  /** A valid slug; also the file name. */
  id: string;
  language: Language;
  /** Absent when the person did not say: the file then asks for it. */
  kind?: AgreementKind;
  /** YYYY-MM-DD; the stand-in dates are chosen around it. */
  today: string;
}

export interface Scaffold {
  /** Repository-relative path of the new agreement. */
  path: string;
  text: string;
}

/**
 * Builds a new agreement for one yearly instruction: every front matter key, one goal per top-level
 * common goal of the catalogue (for the discussion to keep or delete), a goal for each other section,
 * the model's headings in the chosen language, and the evaluation the instruction asks for. Each piece a
 * person must write carries TO_BE_FILLED, so `agreements lint` lists exactly what is left to do. Pure.
 */
export function buildAgreement(catalogue: Catalogue, cataloguePath: string, options: ScaffoldOptions): Scaffold {
  const path = agreementPath(options.ministry, options.id);
  const parties = knownParties(options);
  const dates = standInDates(catalogue, options.today);
  const title = parties.agreementTitle ?? openAgreementTitle(options.language, TO_BE_FILLED);
  const notes = placeholderWords(options.language);
  const frontMatter = [
    `id: ${options.id}`,
    `title: ${scalar(title)}`,
    `language: ${options.language}`,
    `ministry: ${options.ministry}`,
    `organisation: ${scalar(parties.organisation ?? TO_BE_FILLED)}`,
    `model: "2017"`,
    options.kind ? `kind: ${options.kind}` : `kind: other # ${TO_BE_FILLED}: ${notes.kind}`,
    "parties:",
    ...partyLines("official", parties.officialTitle, notes.githubLogin(notes.officials)),
    ...partyLines("superior", parties.superiorTitle, notes.githubLogin(notes.superiors)),
    "term:",
    `  start: ${dates.termStart} # ${TO_BE_FILLED}: ${notes.termStart}`,
    `  end: ${dates.termEnd} # ${TO_BE_FILLED}: ${notes.termEnd}`,
    `cycle: ${catalogue.cycle}`,
    `agreed: ${dates.agreed} # ${TO_BE_FILLED}: ${notes.agreed}`,
    ...goalLines(catalogue, cataloguePath, options.language),
    ...evaluationLines(catalogue, dates.agreed, notes),
    `# ${notes.waivers}`,
    "waivers: []",
  ];
  const body = bodyLines(catalogue, cataloguePath, path, title, options.language);
  return { path, text: ["---", ...frontMatter, "---", ...body].join("\n") + "\n" };
}

interface KnownParties {
  agreementTitle?: string;
  organisation?: string;
  officialTitle?: string;
  superiorTitle?: string;
}

/** What the kind of agreement tells us for certain; everything else is left to fill in. */
function knownParties({ ministry, language, kind }: ScaffoldOptions): KnownParties {
  const ministryName = MINISTRY_NAMES[ministry][language];
  const head = headTitle(ministry, language).title;
  switch (kind) {
    case "ministry-head":
      return { agreementTitle: ministryHeadAgreementTitle(ministry, language), organisation: ministryName, officialTitle: head };
    case "agency-head":
      // An agency head's agreement is made with the ministry of the administrative sector, through its head.
      return { superiorTitle: head };
    case "director-general":
      return { organisation: ministryName, superiorTitle: head };
    default:
      return {};
  }
}

function partyLines(role: "official" | "superior", title: string | undefined, githubNote: string): string[] {
  return [
    `  ${role}:`,
    `    name: ${TO_BE_FILLED}`,
    `    title: ${scalar(title ?? TO_BE_FILLED)}`,
    // A GitHub user name cannot contain spaces, so the marker goes in the note beside it.
    `    github: ${ENUM_PLACEHOLDER} # ${TO_BE_FILLED}: ${githubNote}`,
  ];
}

/**
 * The stand-in dates must be real dates (the schema checks them) that agree with each other and with
 * the instruction's deadline, so the only findings left are the TO BE FILLED notes beside them.
 */
function standInDates(catalogue: Catalogue, today: string): { agreed: string; termStart: string; termEnd: string } {
  const deadline = findUpdateDeadline(catalogue)?.date ?? `${catalogue.cycle}-12-31`;
  const cycleStart = `${catalogue.cycle}-01-01`;
  const agreed = today < cycleStart ? cycleStart : today > deadline ? deadline : today;
  return { agreed, termStart: agreed < cycleStart ? agreed : cycleStart, termEnd: `${catalogue.cycle + 4}-12-31` };
}

function goalLines(catalogue: Catalogue, cataloguePath: string, language: Language): string[] {
  const notes = placeholderWords(language);
  const lines = ["goals:", ...notes.goalsIntro(catalogue.cycle, cataloguePath).map((line) => `  # ${line}`)];
  for (const goal of catalogue.goals) {
    lines.push(`  # ${oneLine(goal.title[language])}`);
    const narrower = narrowerGoals(goal, language);
    if (narrower) lines.push(`  # ${notes.narrower(goal.id, narrower)}`);
    lines.push(`  - id: ${goal.id}`, "    section: common", `    common: ${goal.id}`, ...goalContent(true));
  }
  lines.push(`  # ${notes.otherSections}`);
  for (const section of ["result", "leadership", "development"] as const) {
    lines.push(`  - id: ${section}`, `    section: ${section}`, ...goalContent(false));
  }
  return lines;
}

function narrowerGoals(goal: CatalogueGoal, language: Language): string | undefined {
  const children = goal.children ?? [];
  if (children.length === 0) return undefined;
  return children.map((child) => `${child.id} (${oneLine(child.title[language])})`).join(", ");
}

/** The parts every goal needs in a bonus year: meters and criteria; a common goal also needs its measures. */
function goalContent(withMeasures: boolean): string[] {
  return [
    `    title: ${TO_BE_FILLED}`,
    ...(withMeasures ? ["    measures:", `      - ${TO_BE_FILLED}`] : []),
    "    meters:",
    // Targets and criteria in quotes, as `agreements format` writes them (and as ">= 80 %" needs).
    `      - { name: ${TO_BE_FILLED}, target: "${TO_BE_FILLED}" }`,
    `    criteria: { excellent: "${TO_BE_FILLED}", good: "${TO_BE_FILLED}", satisfactory: "${TO_BE_FILLED}" }`,
  ];
}

function evaluationLines(catalogue: Catalogue, agreed: string, notes: PlaceholderWords): string[] {
  const year = catalogue.evaluationYear;
  if (year === undefined) return ["evaluations: []"];
  const withoutBonus = catalogue.bonus.withoutBonus.some(({ from, to }) => from <= year && year <= to);
  const bonusNote = withoutBonus ? notes.noBonus(year) : notes.bonus;
  return [
    "evaluations:",
    `  - year: ${year}`,
    `    date: ${agreed} # ${TO_BE_FILLED}: ${notes.evaluationDate(year)}`,
    `    rating: ${ENUM_PLACEHOLDER} # ${notes.ratings}`,
    `    summary: ${TO_BE_FILLED}`,
    `    bonus: ${ENUM_PLACEHOLDER} # ${bonusNote}`,
  ];
}

function bodyLines(catalogue: Catalogue, cataloguePath: string, path: string, title: string, language: Language): string[] {
  const link = posix.relative(posix.dirname(path), cataloguePath);
  const lines = [`# ${title}`, "", instructionSentence(language, catalogue.cycle, oneLine(catalogue.title[language]), link)];
  for (const section of catalogue.sections) {
    const heading = section.headings[language][0];
    if (heading === undefined) continue;
    lines.push("", `## ${heading}`, "", `${TO_BE_FILLED}: ${sectionGuide(section.id, language, catalogue.evaluationYear)}`);
  }
  return lines;
}

/** A YAML scalar for one line of text: plain where that is safe, quoted where YAML would misread it. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
