// Language and SectionId live in messages/types.ts (the catalogues name them, and model/ is above messages/).
import type { Language, SectionId } from "../messages/types.js";

export type { Language, SectionId };

/** The data of one agreement's front matter, once it has passed the agreement schema. */
export type MinistryCode = "VNK" | "UM" | "OM" | "SM" | "PLM" | "VM" | "OKM" | "MMM" | "LVM" | "TEM" | "STM" | "YM";
export type Rating = "excellent" | "good" | "satisfactory" | "poor" | "to-be-filled";
export type Bonus = "none" | "proposed" | "granted" | "not-granted" | "to-be-filled";

export interface Party {
  name: string;
  title: string;
  github: string;
}

export interface Meter {
  name: string;
  target: string;
  baseline?: string;
  unit?: string;
}

export interface Criteria {
  excellent?: string;
  good?: string;
  satisfactory?: string;
  poor?: string;
}

export interface AgreementGoal {
  id: string;
  section: SectionId;
  common?: string;
  title: string;
  measures?: string[];
  meters?: Meter[];
  criteria?: Criteria;
}

export interface Evaluation {
  year: number;
  date: string;
  rating: Rating;
  summary: string;
  bonus: Bonus;
}

export interface Waiver {
  rule: string;
  reason: string;
  until: string;
}

export interface Agreement {
  id: string;
  title: string;
  language: Language;
  ministry: MinistryCode;
  organisation: string;
  /** "2017" is the current model; a bare 2017 in YAML is accepted and normalised to the string. */
  model: "2017" | "legacy";
  /** ministry-head (permanent or state secretary), agency-head, director-general, other */
  kind?: "ministry-head" | "agency-head" | "director-general" | "other";
  parties: { official: Party; superior: Party };
  term: { start: string; end: string };
  cycle: number;
  agreed: string;
  goals: AgreementGoal[];
  evaluations?: Evaluation[];
  waivers?: Waiver[];
}

export type Localised = Record<Language, string>;

export interface CatalogueGoal {
  id: string;
  title: Localised;
  children?: CatalogueGoal[];
}

export interface CatalogueSection {
  id: SectionId | "evaluation";
  /** Headings that name this section, per language; any one of them satisfies `sections-missing`. */
  headings: Record<Language, string[]>;
}

export interface Deadline {
  id: string;
  date: string;
  title: Localised;
}

/** The data of one yearly instruction, `goals/<year>.md`. */
export interface Catalogue {
  cycle: number;
  title: Localised;
  reference: string;
  updates?: string;
  issued?: string;
  deadlines: Deadline[];
  /** The deadline by which agreements must answer this cycle; its id names one of `deadlines`. */
  updateDeadline: string;
  /** The evaluation year this cycle's submission must carry; absent when none is required. */
  evaluationYear?: number;
  bonus: {
    /** Evaluation years in which the bonus system did not apply, inclusive. */
    withoutBonus: { from: number; to: number; decision?: string }[];
    /** Whether this cycle's goals must carry meters and criteria (for the result bonus). */
    goalsNeedMetersAndCriteria: boolean;
  };
  sections: CatalogueSection[];
  goals: CatalogueGoal[];
}

/**
 * The parts of some data that passed the schema: a value that failed is absent (in a list, `undefined`
 * at its index, so positions still match the file), a required key may be missing. Rules read this, so
 * one wrong value hides only itself, never the findings about the rest of the file.
 */
export type Valid<T> = T extends readonly (infer Item)[]
  ? (Valid<Item> | undefined)[]
  : T extends object
    ? { [Key in keyof T]?: Valid<T[Key]> }
    : T;

/** The valid parts of an agreement's front matter (see Valid). */
export type AgreementView = Valid<Agreement>;
