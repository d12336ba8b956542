// The words the message catalogues are written in, and the few facts of an agreement they name (its
// language, its sections). Kept here, below model/, because model/ writes its problems as messages: a
// catalogue that imported model/ would close a circle. model/types.ts re-exports Language and SectionId.

/** The languages an agreement and every message can be in. */
export type Language = "sv" | "fi" | "en";

/** The four sections of the 2017 agreement model. */
export type SectionId = "common" | "result" | "leadership" | "development";

/** What one message says: the problem, and how to fix it. */
export interface Text {
  message: string;
  hint: string;
}

/** A place in the front matter: the path of keys and list indexes, as the schema names it. */
export type Place = readonly (string | number)[];

/** A value as found, for messages: what kind it is and, for text, numbers and yes/no, how it is written. */
export interface Shown {
  kind: "empty" | "list" | "group" | "text" | "boolean" | "number";
  text: string;
}
