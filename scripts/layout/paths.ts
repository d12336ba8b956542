// Where things live in an agreements repository: the one place that builds a path to an agreement or a
// yearly goal catalogue, or tells from a path which one it is. Pure: no file is read here.

/** What a file given to the lint is read as: decided by where it lives (see fileKind). */
export type FileKind = "agreement" | "catalogue";

/** Agreements live under agreements/; README.md files there explain a folder and are not agreements. */
export const AGREEMENTS_FOLDER = "agreements";

/** The yearly instructions (goal catalogues, with their deadlines) live under goals/, one file per year. */
export const GOALS_FOLDER = "goals";

/** What a whole-repository command reads when given no paths. */
export const DEFAULT_PATHS = [AGREEMENTS_FOLDER, GOALS_FOLDER];

/** Whether a repository path is an agreement, by the same rules `agreements lint` uses to find them. */
export function isAgreementPath(path: string): boolean {
  const parts = path.split("/");
  return (
    parts[0] === AGREEMENTS_FOLDER &&
    parts.length > 1 &&
    path.endsWith(".md") &&
    parts.at(-1) !== "README.md" &&
    parts.every((part) => part !== "" && !part.startsWith("."))
  );
}

/** Whether `path` is `scope` itself or inside the folder `scope`; "" is the whole repository. */
export function isWithin(path: string, scope: string): boolean {
  return scope === "" || path === scope || path.startsWith(`${scope}/`);
}

/** Where the agreement of `id` in `ministry` lives: agreements/<code in lower case>/<id>.md. */
export function agreementPath(ministry: string, id: string): string {
  return `${AGREEMENTS_FOLDER}/${ministry.toLowerCase()}/${id}.md`;
}

/** Where the yearly instruction of `year` lives: goals/<year>.md. */
export function cataloguePath(year: number | string): string {
  return `${GOALS_FOLDER}/${year}.md`;
}

/** Whether a repository path is inside goals/: every file there is read as a catalogue. */
export function isInGoals(path: string): boolean {
  return path.startsWith(`${GOALS_FOLDER}/`);
}

/** Whether a repository path is a catalogue file (a Markdown file under goals/). */
export function isCataloguePath(path: string): boolean {
  return isInGoals(path) && path.endsWith(".md");
}

/** A file under goals/ is a catalogue; anything else given to the lint is an agreement. */
export function fileKind(path: string): FileKind {
  return isInGoals(path) ? "catalogue" : "agreement";
}

/** The catalogue for year Y is goals/Y.md (also in a subfolder of goals/); the year its name gives, if any. */
const CATALOGUE_YEAR = /^goals\/(?:.*\/)?(\d{4})\.md$/;

export function catalogueYear(path: string): number | undefined {
  const year = CATALOGUE_YEAR.exec(path)?.[1];
  return year === undefined ? undefined : Number(year);
}

/** The year of a file name directly in goals/, such as "2020.md"; undefined for any other name. */
export function catalogueYearOfName(name: string): number | undefined {
  const year = /^(\d{4})\.md$/.exec(name)?.[1];
  return year === undefined ? undefined : Number(year);
}
