import { UsageError, UserError } from "../errors.js";
import { cataloguePath } from "../layout/paths.js";
import type { FileSummary } from "./summary.js";
import type { Catalogue } from "./types.js";

// Which yearly catalogue a command works with, or why there is none: written once here, each command
// keeping only its own words for what it cannot do without one.

export interface CatalogueEntry {
  path: string;
  catalogue: Catalogue;
}

/** The readable catalogues among the files, by cycle year. */
export function readableCatalogues(files: readonly FileSummary[]): Map<number, CatalogueEntry> {
  const catalogues = new Map<number, CatalogueEntry>();
  for (const file of files) if (file.kind === "catalogue" && file.catalogue) catalogues.set(file.catalogue.cycle, { path: file.path, catalogue: file.catalogue });
  return catalogues;
}

/** The newest cycle with a readable catalogue: the default cycle of a report. */
export function newestCycle(catalogues: ReadonlyMap<number, unknown>): number | undefined {
  return catalogues.size === 0 ? undefined : Math.max(...catalogues.keys());
}

type Missing = "none" | "unreadable" | "absent";

/** What a command says when it has no catalogue to work with; each default is the common sentence. */
export interface MissingCatalogueWording {
  /** No year was asked for, and no catalogue can be read. */
  none?: string;
  /** The year's file is among the files but cannot be read; default: as `absent`. */
  unreadable?: (year: number) => string;
  /** There is no readable catalogue for the year; `known` lists the years there are ("" for none). */
  absent?: (year: number, known: string) => string;
  /** Whether the usage error points to --help, per case; default yes. */
  helpHint?: Partial<Record<Missing, boolean>>;
}

export interface ChosenCatalogue {
  cycle: number;
  entry: CatalogueEntry;
  /** Every readable catalogue, by year (the report compares with the others). */
  catalogues: Map<number, CatalogueEntry>;
}

/**
 * The catalogue of the year asked for, else the newest readable one; a usage error in plain words when
 * there is none: none at all, the year's file unreadable, or no file for that year (naming the years there are).
 */
export function chooseCatalogue(requested: number | undefined, files: readonly FileSummary[], wording: MissingCatalogueWording = {}): ChosenCatalogue {
  const catalogues = readableCatalogues(files);
  const cycle = requested ?? newestCycle(catalogues);
  const refuse = (missing: Missing, message: string) => ((wording.helpHint?.[missing] ?? true) ? new UsageError(message) : new UserError(message));
  if (cycle === undefined) {
    throw refuse("none", wording.none ?? `there is no readable goal catalogue (${cataloguePath("<year>")}). Run "agreements lint goals" to see what is wrong.`);
  }
  const entry = catalogues.get(cycle);
  if (entry) return { cycle, entry, catalogues };
  const known = [...catalogues.keys()].sort().join(", ");
  const absent = wording.absent ?? ((year: number, years: string) => `there is no goal catalogue for ${year} (${cataloguePath(year)}).${years ? ` Catalogues exist for: ${years}.` : ""}`);
  if (wording.unreadable && files.some((file) => file.path === cataloguePath(cycle))) throw refuse("unreadable", wording.unreadable(cycle));
  throw refuse("absent", absent(cycle, known));
}
