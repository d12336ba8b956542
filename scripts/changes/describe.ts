import type { SectionId } from "../model/types.js";
import { isEmptyChange } from "./compare.js";
import type { AgreementChange, EvaluationChange, FieldChange, GoalChange, GoalDetail, LineDiff, Value } from "./types.js";

/**
 * What the renderers print, in words, before any format is chosen: each line is a list of segments
 * that are either our own words (`text`) or something taken from the file (`value`, `name`), which
 * every format must quote or escape. Text and Markdown then differ only in how they print segments.
 */
export type Segment = { text: string } | { value: Value | undefined } | { name: string };

/** One printed line, with nested lines (a goal's details) or a line diff under it. */
export interface OutlineLine {
  segments: Segment[];
  children?: OutlineLine[];
  diff?: LineDiff;
}

/** Lines under a group title: Details, Goals, Evaluations, Text. */
export interface OutlineGroup {
  title: string;
  lines: OutlineLine[];
}

/** One agreement's change, in words, ready for any format. */
export interface ChangeOutline {
  /** The agreement's title (or file name) as a name segment, and the id. */
  title: Segment[];
  /** Path and what happened to the file. */
  file: Segment[];
  groups: OutlineGroup[];
}

const SECTION_NAMES: Record<SectionId, string> = {
  common: "common management goals",
  result: "result goals",
  leadership: "management and leadership",
  development: "personal development",
};

const FIELD_LABELS: Record<string, string> = {
  id: "id",
  title: "title",
  language: "language",
  ministry: "ministry",
  organisation: "organisation",
  model: "agreement model",
  kind: "kind of post",
  "parties.official.name": "official's name",
  "parties.official.title": "official's title",
  "parties.official.github": "official's GitHub account",
  "parties.superior.name": "superior's name",
  "parties.superior.title": "superior's title",
  "parties.superior.github": "superior's GitHub account",
  "term.start": "term starts",
  "term.end": "term ends",
  cycle: "cycle (yearly instruction)",
  agreed: "agreed on",
};

const t = (text: string): Segment => ({ text });
const v = (value: Value | undefined): Segment => ({ value });
const n = (name: string): Segment => ({ name });
const line = (...segments: Segment[]): OutlineLine => ({ segments });

/** Puts one agreement's structured change into words (the same words in every format). */
export function describeChange(change: AgreementChange): ChangeOutline {
  const fileName = change.path.split("/").at(-1) ?? change.path;
  const title = change.title !== undefined ? [n(change.title), t(" ("), v(change.id ?? ""), t(")")] : [n(fileName)];
  const groups: OutlineGroup[] = [];
  if (change.unreadable.length > 0) groups.push({ title: "Could not be read", lines: change.unreadable.map(describeUnreadable) });
  if (change.fields.length > 0) groups.push({ title: "Details", lines: change.fields.map(describeField) });
  if (change.goals.length > 0) groups.push({ title: "Goals", lines: change.goals.map(describeGoal) });
  if (change.evaluations.length > 0) groups.push({ title: "Evaluations", lines: change.evaluations.map(describeEvaluation) });
  if (change.sections.length > 0) groups.push({ title: "Text", lines: change.sections.map(describeSection) });
  return { title, file: describeFile(change), groups };
}

function describeFile(change: AgreementChange): Segment[] {
  const path = v(change.path);
  switch (change.status) {
    case "added":
      return [path, t(": new agreement")];
    case "removed":
      return [path, t(": removed")];
    case "renamed": {
      const sameFolder = dirname(change.previousPath ?? "") === dirname(change.path);
      const tail = isEmptyChange(change) ? [] : [t(", and changed")];
      return [path, t(sameFolder ? ": renamed from " : ": moved from "), v(change.previousPath ?? ""), ...tail];
    }
    case "modified":
      return isEmptyChange(change) ? [path, t(": changed in layout only (the same content)")] : [path, t(": changed")];
  }
}

function describeUnreadable(item: AgreementChange["unreadable"][number]): OutlineLine {
  const more = item.more > 0 ? [t(` (and ${item.more} more problem${item.more === 1 ? "" : "s"}; run agreements lint)`)] : [];
  return line(
    t(item.side === "before" ? "The older version" : "The newer version"),
    t(` cannot be read, line ${item.line} column ${item.column}: `),
    n(item.message),
    t(" (rule "),
    v(item.rule),
    t(")"),
    ...more,
  );
}

function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const waiver = /^waivers\[(.+?)\](?:\.(\w+))?$/.exec(field);
  if (waiver) return waiver[2] ? `waiver of rule ${waiver[1]}: ${waiver[2]}` : `waiver of rule ${waiver[1]}`;
  return field;
}

function describeField(change: FieldChange): OutlineLine {
  return line(t(`${fieldLabel(change.field)}: `), ...fromTo(change.before, change.after));
}

/** "old → new", "added: new", "removed (was old)". */
function fromTo(before: Value | undefined, after: Value | undefined): Segment[] {
  if (before === undefined) return [t("added "), v(after)];
  if (after === undefined) return [t("removed (was "), v(before), t(")")];
  return [v(before), t(" → "), v(after)];
}

function describeGoal(change: GoalChange): OutlineLine {
  if (change.kind === "added" || change.kind === "removed") {
    const goal = change.goal;
    const common = goal.common !== undefined ? [t(", common goal "), v(goal.common)] : [];
    return line(t(change.kind === "added" ? "Added " : "Removed "), n(goal.title), t(" ("), v(goal.id), t(`, ${SECTION_NAMES[goal.section] ?? goal.section}`), ...common, t(")"));
  }
  return { segments: [n(change.title), t(" ("), v(change.id), t(")")], children: change.details.map(describeGoalDetail) };
}

function describeGoalDetail(detail: GoalDetail): OutlineLine {
  switch (detail.kind) {
    case "retitled":
      return line(t("title: "), v(detail.before), t(" → "), v(detail.after));
    case "moved":
      return line(t(`moved from ${SECTION_NAMES[detail.before] ?? detail.before} to ${SECTION_NAMES[detail.after] ?? detail.after}`));
    case "common-goal":
      return line(t("common goal: "), ...fromTo(detail.before, detail.after));
    case "measure-added":
      return line(t("measure added: "), v(detail.text));
    case "measure-removed":
      return line(t("measure removed: "), v(detail.text));
    case "meter-added":
      return line(t("meter added: "), n(detail.meter.name), t(", target "), v(detail.meter.target), ...meterExtras(detail.meter));
    case "meter-removed":
      return line(t("meter removed: "), n(detail.meter.name), t(" (target was "), v(detail.meter.target), t(")"));
    case "meter-changed":
      return line(t("meter "), n(detail.name), t(`, ${detail.field}: `), ...fromTo(detail.before, detail.after));
    case "criterion-changed":
      return line(t("criterion for "), v(detail.level), t(": "), ...fromTo(detail.before, detail.after));
  }
}

function meterExtras(meter: { baseline?: string; unit?: string }): Segment[] {
  return [...(meter.baseline !== undefined ? [t(", baseline "), v(meter.baseline)] : []), ...(meter.unit !== undefined ? [t(", unit "), v(meter.unit)] : [])];
}

function describeEvaluation(change: EvaluationChange): OutlineLine {
  if (change.kind === "changed") {
    return { segments: [t(`${change.year}:`)], children: change.changes.map((item) => line(t(`${item.field}: `), ...fromTo(item.before, item.after))) };
  }
  const evaluation = change.evaluation;
  const verb = change.kind === "added" ? "added" : "removed";
  return line(t(`${evaluation.year} ${verb}: rating `), v(evaluation.rating), t(", bonus "), v(evaluation.bonus), t(", dated "), v(evaluation.date));
}

function describeSection(change: AgreementChange["sections"][number]): OutlineLine {
  const heading = (text: string) => (text === "" ? t("the text before the first heading") : n(text));
  switch (change.kind) {
    case "added":
      return line(t("Section "), heading(change.heading), t(` added (${change.lines} line${change.lines === 1 ? "" : "s"})`));
    case "removed":
      return line(t("Section "), heading(change.heading), t(` removed (${change.lines} line${change.lines === 1 ? "" : "s"})`));
    case "renamed":
      return line(t("Heading "), heading(change.before), t(" renamed to "), heading(change.after));
    case "edited":
      return { segments: [t("Section "), heading(change.heading), t(" edited:")], diff: change.diff };
  }
}

function dirname(path: string): string {
  const index = path.lastIndexOf("/");
  return index === -1 ? "" : path.slice(0, index);
}
