import { isText } from "../model/body-outline.js";
import type { AgreementFile } from "../model/document.js";
import type { Agreement } from "../model/types.js";
import { frontMatterSyntax } from "../rules/front-matter-syntax.js";
import { schema } from "../rules/schema.js";
import { compareEvaluations } from "./evaluations.js";
import { compareFields } from "./fields.js";
import { compareGoals } from "./goals.js";
import { bodySections, compareSections } from "./sections.js";
import type { AgreementChange, FileStatus, UnreadableVersion } from "./types.js";

/** Two versions of one agreement and what Git says happened to its file. */
export interface CompareInput {
  status: FileStatus;
  path: string;
  previousPath?: string;
  /** The older version as parsed by `parseFile`; absent for an added file. */
  before?: AgreementFile;
  /** The newer version; absent for a removed file. */
  after?: AgreementFile;
}

/**
 * The structured change between two versions of one agreement. Pure: parsed files in, data out.
 * A version that cannot be read is reported with its first lint finding; its front matter is then not
 * compared (there is nothing trustworthy to compare), but the text sections still are. An added or
 * removed agreement lists its goals and evaluations as added or removed.
 */
export function compareAgreements(input: CompareInput): AgreementChange {
  const { before, after } = input;
  const unreadable = [unreadableVersion(before, "before"), unreadableVersion(after, "after")].filter((item): item is UnreadableVersion => item !== undefined);
  const older = before?.agreement;
  const newer = after?.agreement;
  const known = newer ?? older;
  const change: AgreementChange = {
    status: input.status,
    path: input.path,
    ...(input.previousPath === undefined ? {} : { previousPath: input.previousPath }),
    ...(known ? { id: known.id, title: known.title } : {}),
    unreadable,
    fields: [],
    goals: [],
    evaluations: [],
    sections: [],
  };
  const comparable = (before === undefined || older !== undefined) && (after === undefined || newer !== undefined);
  if (comparable && (older || newer)) {
    if (older && newer) change.fields = compareFields(asRecord(older), asRecord(newer));
    change.goals = compareGoals(older?.goals ?? [], newer?.goals ?? []);
    change.evaluations = compareEvaluations(older?.evaluations ?? [], newer?.evaluations ?? []);
  }
  // A side that is not text at all has no sections: listing every section as added would mislead.
  // Sections are a function of the body's text alone, so the same text has none changed: the Markdown
  // parse (most of a version's cost) is then skipped (the tree is lazy, see ParseOptions.lazyBody).
  if (before && after && isText(before) && isText(after)) {
    change.sections = before.body === after.body ? [] : compareSections(bodySections(before), bodySections(after));
  }
  return change;
}

/** True when the change shows nothing but a new path (or nothing at all: only formatting changed). */
export function isEmptyChange(change: AgreementChange): boolean {
  return change.unreadable.length === 0 && change.fields.length === 0 && change.goals.length === 0 && change.evaluations.length === 0 && change.sections.length === 0;
}

function unreadableVersion(file: AgreementFile | undefined, side: "before" | "after"): UnreadableVersion | undefined {
  if (!file || file.agreement) return undefined;
  const syntax = file.syntaxProblems[0];
  // parseFile always explains a file without agreement data; the fallback only guards that promise.
  const problem = syntax ?? file.schemaProblems[0] ?? { message: "The agreement could not be read.", hint: "Run agreements lint on this version.", start: 0, end: 0 };
  const position = file.source.positionAt(problem.start);
  return {
    side,
    rule: syntax ? frontMatterSyntax.id : schema.id,
    line: position.line,
    column: position.column,
    message: problem.message,
    hint: problem.hint,
    ...("text" in problem ? { text: problem.text } : {}),
    more: Math.max(0, file.syntaxProblems.length + file.schemaProblems.length - 1),
  };
}

function asRecord(agreement: Agreement): Record<string, unknown> {
  return agreement as unknown as Record<string, unknown>;
}
