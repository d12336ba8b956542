import { render } from "../messages/catalogue.js";
import { changeWords, fieldLabel, isDateField, wordFor, type ChangeWords, type Parts } from "../messages/changes.js";
import { localDate } from "../messages/format.js";
import type { Language } from "../model/types.js";
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

const t = (text: string): Segment => ({ text });
const v = (value: Value | undefined): Segment => ({ value });
const n = (name: string): Segment => ({ name });
const line = (...segments: Segment[]): OutlineLine => ({ segments });
/** The language's words and pieces in its order, our words as text. */
const say = (parts: Parts<Segment>): Segment[] => parts.map((part) => (typeof part === "string" ? t(part) : part));

/** One agreement's change in one language: the words, and how that language writes a date. */
interface Speaker {
  words: ChangeWords;
  language: Language;
}

/**
 * Puts one agreement's structured change into words (the same words in every format), in the reader's
 * language (English when none is given). Dates in date fields are shown the local way; other values as written.
 */
export function describeChange(change: AgreementChange, language: Language = "en"): ChangeOutline {
  const speaker: Speaker = { words: changeWords(language), language };
  const { words } = speaker;
  const fileName = change.path.split("/").at(-1) ?? change.path;
  const title = change.title !== undefined ? [n(change.title), t(" ("), v(change.id ?? ""), t(")")] : [n(fileName)];
  const groups: OutlineGroup[] = [];
  if (change.unreadable.length > 0) groups.push({ title: words.groups.unreadable, lines: change.unreadable.map((item) => describeUnreadable(item, speaker)) });
  if (change.fields.length > 0) groups.push({ title: words.groups.details, lines: change.fields.map((item) => describeField(item, speaker)) });
  if (change.goals.length > 0) groups.push({ title: words.groups.goals, lines: change.goals.map((item) => describeGoal(item, speaker)) });
  if (change.evaluations.length > 0) groups.push({ title: words.groups.evaluations, lines: change.evaluations.map((item) => describeEvaluation(item, speaker)) });
  if (change.sections.length > 0) groups.push({ title: words.groups.text, lines: change.sections.map((item) => describeSection(item, speaker)) });
  return { title, file: describeFile(change, words), groups };
}

function describeFile(change: AgreementChange, words: ChangeWords): Segment[] {
  const path = v(change.path);
  switch (change.status) {
    case "added":
      return [path, t(words.fileAdded)];
    case "removed":
      return [path, t(words.fileRemoved)];
    case "renamed": {
      const sameFolder = dirname(change.previousPath ?? "") === dirname(change.path);
      const tail = isEmptyChange(change) ? [] : [t(words.andChanged)];
      const previous = v(change.previousPath ?? "");
      return [path, ...say(sameFolder ? words.fileRenamed(previous) : words.fileMoved(previous)), ...tail];
    }
    case "modified":
      return [path, t(isEmptyChange(change) ? words.layoutOnly : words.fileChanged)];
  }
}

/** The reading problem in the reader's language when its message is known; else as the parser wrote it. */
function describeUnreadable(item: AgreementChange["unreadable"][number], { words, language }: Speaker): OutlineLine {
  const message = item.text ? render(item.text, language).message : item.message;
  const more = item.more > 0 ? [t(words.unreadableMore(item.more))] : [];
  return line(...say(words.unreadable(item.side, item.line, item.column, n(message), v(item.rule))), ...more);
}

/** What a value is, when the reader's language shows it its own way. */
type ValueKind = "date" | "rating" | "bonus" | undefined;

/**
 * A value as shown to the reader: a date the local way, a rating or bonus value of the schema in words (our
 * own text, looked up, never the file's), anything else as written.
 */
function shownValue(value: Value | undefined, kind: ValueKind, { words, language }: Speaker): Segment {
  if (typeof value !== "string") return v(value);
  if (kind === "date") return v(localDate(value, language));
  const word = kind === "rating" ? wordFor(words.ratings, value) : kind === "bonus" ? wordFor(words.bonuses, value) : undefined;
  return word !== undefined ? t(word) : v(value);
}

function describeField(change: FieldChange, speaker: Speaker): OutlineLine {
  const label = fieldLabel<Segment>(change.field, speaker.language, (raw) => v(raw));
  return line(...say(speaker.words.labelled(label, fromTo(change.before, change.after, speaker, isDateField(change.field) ? "date" : undefined))));
}

/** "old → new", "added new", "removed (was old)". */
function fromTo(before: Value | undefined, after: Value | undefined, speaker: Speaker, kind: ValueKind = undefined): Parts<Segment> {
  const { words } = speaker;
  if (before === undefined) return words.added(shownValue(after, kind, speaker));
  if (after === undefined) return words.removed(shownValue(before, kind, speaker));
  return words.fromTo(shownValue(before, kind, speaker), shownValue(after, kind, speaker));
}

function describeGoal(change: GoalChange, speaker: Speaker): OutlineLine {
  const { words } = speaker;
  if (change.kind === "added" || change.kind === "removed") {
    const goal = change.goal;
    const say_ = change.kind === "added" ? words.goalAdded : words.goalRemoved;
    return line(...say(say_(n(goal.title), v(goal.id), words.sections[goal.section] ?? goal.section, goal.common !== undefined ? v(goal.common) : undefined)));
  }
  return { segments: say(words.goalChanged(n(change.title), v(change.id))), children: change.details.map((detail) => describeGoalDetail(detail, speaker)) };
}

function describeGoalDetail(detail: GoalDetail, speaker: Speaker): OutlineLine {
  const { words } = speaker;
  switch (detail.kind) {
    case "retitled":
      return line(...say(words.labelled(words.retitled, words.fromTo(v(detail.before), v(detail.after)))));
    case "moved":
      return line(t(words.moved(words.sections[detail.before] ?? detail.before, words.sections[detail.after] ?? detail.after)));
    case "common-goal":
      return line(...say(words.labelled(words.commonGoal, fromTo(detail.before, detail.after, speaker))));
    case "measure-added":
      return line(...say(words.labelled(words.measureAdded, [v(detail.text)])));
    case "measure-removed":
      return line(...say(words.labelled(words.measureRemoved, [v(detail.text)])));
    case "meter-added": {
      const { meter } = detail;
      return line(...say(words.meterAdded(n(meter.name), v(meter.target), meter.baseline !== undefined ? v(meter.baseline) : undefined, meter.unit !== undefined ? v(meter.unit) : undefined)));
    }
    case "meter-removed":
      return line(...say(words.meterRemoved(n(detail.meter.name), v(detail.meter.target))));
    case "meter-changed":
      return line(...say(words.meterChanged(n(detail.name), words.meterFields[detail.field] ?? detail.field, fromTo(detail.before, detail.after, speaker))));
    case "criterion-changed": {
      const level = wordFor(words.levels, detail.level);
      return line(...say(words.criterionChanged<Segment>(level !== undefined ? t(level) : v(detail.level), fromTo(detail.before, detail.after, speaker))));
    }
  }
}

function describeEvaluation(change: EvaluationChange, speaker: Speaker): OutlineLine {
  const { words } = speaker;
  const kindOf = (field: string): ValueKind => (field === "date" || field === "rating" || field === "bonus" ? field : undefined);
  if (change.kind === "changed") {
    return {
      segments: [t(words.evaluationChanged(change.year))],
      children: change.changes.map((item) => line(...say(words.labelled(words.evaluationFields[item.field] ?? item.field, fromTo(item.before, item.after, speaker, kindOf(item.field)))))),
    };
  }
  const evaluation = change.evaluation;
  const say_ = change.kind === "added" ? words.evaluationAdded : words.evaluationRemoved;
  return line(...say(say_(evaluation.year, shownValue(evaluation.rating, "rating", speaker), shownValue(evaluation.bonus, "bonus", speaker), shownValue(evaluation.date, "date", speaker))));
}

function describeSection(change: AgreementChange["sections"][number], { words }: Speaker): OutlineLine {
  const heading = (text: string) => (text === "" ? t(words.beforeFirstHeading) : n(text));
  switch (change.kind) {
    case "added":
      return line(...say(words.sectionAdded(heading(change.heading), change.lines)));
    case "removed":
      return line(...say(words.sectionRemoved(heading(change.heading), change.lines)));
    case "renamed":
      return line(...say(words.headingRenamed(heading(change.before), heading(change.after))));
    case "edited":
      return { segments: say(words.sectionEdited(heading(change.heading))), diff: change.diff };
  }
}

function dirname(path: string): string {
  const index = path.lastIndexOf("/");
  return index === -1 ? "" : path.slice(0, index);
}
