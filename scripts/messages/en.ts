import { cataloguePath } from "../layout/paths.js";
import { countOf } from "./format.js";
import { readingEn } from "./reading-en.js";
import type { Text } from "./types.js";

const en_ = (count: number, one: string, other: string) => countOf("en", count, { one, other });

/**
 * The English messages, and the shape every other language must have (see `Catalogue`): one function per
 * message key, taking that message's values. Values from a file (ids, dates, names) come in as they are
 * written; each language decides how to show them (dates the local way).
 */
export const en = {
  ...readingEn,
  "tool-fault": (p: { rule: string; reason: string }) => ({
    message: `The check "${p.rule}" could not run on this file (${p.reason}).`,
    hint: "This is a fault in the tool, not in the file: please report it with this message.",
  }),
  "agreed-in-cycle.before-previous-deadline": (p: { agreed: string; cycle: number; previousDeadline: string }) => ({
    message: `This version says it was agreed on ${p.agreed}, before the ${p.cycle - 1} cycle's deadline (${p.previousDeadline}), so it cannot answer the ${p.cycle} instruction.`,
    hint: `Write under agreed: the date of the management discussion that agreed this version for ${p.cycle}, or set cycle: back to the cycle that discussion answered.`,
  }),
  "agreed-in-cycle.too-early": (p: { agreed: string; cycle: number; earliest: string }) => ({
    message: `This version says it was agreed on ${p.agreed}, too early to answer the ${p.cycle} instruction (its discussion is held from ${p.earliest} on).`,
    hint: `Write under agreed: the date of the management discussion that agreed this version for ${p.cycle}, or set cycle: back to the cycle that discussion answered.`,
  }),
  "agreed-in-cycle.after-term": (p: { agreed: string; termEnd: string }) => ({
    message: `This version says it was agreed on ${p.agreed}, after the official's term ended (${p.termEnd}).`,
    hint: "Check agreed: (the date of the management discussion) and term:. An agreement for a new term is a new agreement.",
  }),
  "bonus-not-applicable": (p: { year: number; bonus: string; decision: string | undefined; path: string; years: string }) => ({
    message: `The evaluation of ${p.year} has bonus: ${p.bonus}, but there was no result bonus system for ${p.year} (${p.decision ?? `${p.path} lists the evaluation years ${p.years} as without it`}).`,
    hint: `Write bonus: none for the evaluation of ${p.year}. A bonus can only be proposed for years outside ${p.years}.`,
  }),
  "broken-link.outside": (p: { url: string }) => ({
    message: `The link "${p.url}" points outside the repository.`,
    hint: BROKEN_LINK_HINT,
  }),
  "broken-link.nowhere": (p: { url: string; path: string }) => ({
    message: `The link "${p.url}" leads nowhere: ${p.path} does not exist.`,
    hint: BROKEN_LINK_HINT,
  }),
  "catalogue.file-name": (p: { cycle: number; path: string }) => ({
    message: `The catalogue for the cycle ${p.cycle} is in the file ${p.path}; agreements look for it in ${cataloguePath(p.cycle)}.`,
    hint: `Rename the file to ${cataloguePath(p.cycle)}, or correct cycle: if the year is wrong.`,
  }),
  "catalogue.update-deadline": (p: { deadline: string; suggestion: string | undefined; ids: readonly string[] }) => ({
    message: `updateDeadline names the deadline "${p.deadline}", which is not among the deadlines.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ""}`,
    hint: `Use the id of the deadline by which updated agreements are due; the deadlines here are: ${p.ids.join(", ")}.`,
  }),
  "catalogue.duplicate-id": (p: { what: "goal" | "deadline" | "section"; id: string }) => ({
    message: `The ${p.what} id "${p.id}" is used more than once in this catalogue.`,
    hint: `Agreements refer to a ${p.what} by its id, so each id may appear only once. Rename or remove this one.`,
  }),
  "catalogue.without-bonus-range": (p: { from: number; to: number }) => ({
    message: `The years without a bonus run from ${p.from} to ${p.to}, which ends before it starts.`,
    hint: "Write the earlier year in from: and the later one in to: (both included).",
  }),
  "comment-in-value": (p: { key: string | undefined; value: string; full: string }) => ({
    message: `The # here starts a comment, so ${p.key === undefined ? "this item" : p.key} is only "${p.value}": the rest of the line is not part of it.`,
    hint: `Put the whole value in double quotes: ${p.key === undefined ? "- " : `${p.key}: `}"${p.full}".`,
  }),
  "common-goals-missing": (p: { path: string; examples: readonly string[] }) => ({
    message: "The agreement has no common management goal: none of its goals has section: common.",
    hint: `Add the common goals chosen in the management discussion, each with section: common and common: <goal id> from ${p.path} (for example ${p.examples.join(", ")}).`,
  }),
  "criteria-missing": (p: { goal: string; cycle: number }) => ({
    message: `The goal "${p.goal}" has no criteria. The ${p.cycle} instruction requires clear criteria on every goal, because the result bonus is based on them.`,
    hint: "Under criteria:, state what counts as excellent, good and satisfactory, for example criteria: { excellent: \">= 15\", good: \">= 12\", satisfactory: \">= 8\" }.",
  }),
  "duplicate-goal-id": (p: { number: number; id: string; first: number }) => ({
    message: `Goal ${p.number} has the id "${p.id}", which goal ${p.first} already has.`,
    hint: "Give each goal its own id, for example by adding a word that tells this goal apart; keep the id of the goal that was there first.",
  }),
  "evaluation-missing": (p: { year: number; cycle: number; path: string }) => ({
    message: `The evaluation of success for ${p.year} is missing. The ${p.cycle} instruction (${p.path}) requires it with this update.`,
    hint: `Under evaluations:, add the evaluation of ${p.year} from the management discussion: year: ${p.year}, date, rating, summary and bonus.`,
  }),
  "id-file-name": (p: { id: string; name: string }) => ({
    message: `The agreement's id is "${p.id}", but its file is named ${p.name}.md.`,
    hint: `Rename the file to ${p.id}.md, or set id: ${p.name} if that is the agreement's id (ids are never reused for another agreement).`,
  }),
  "late-update": (p: { agreed: string; cycle: number; deadline: string }) => ({
    message: `This version was agreed on ${p.agreed}, after the ${p.cycle} instruction's deadline for updated agreements (${p.deadline}).`,
    hint:
      "Check that agreed: is the date of the management discussion. If the update really was late, mention it when you submit " +
      "the agreement to the Ministry of Finance; next year, plan the discussion before the deadline.",
  }),
  "legacy-model": () => ({
    message: "This agreement still uses the old agreement model (from before 2017).",
    hint:
      "At the next update, move the agreement to the 2017 model and set model: \"2017\". The 2017 model has four sections: " +
      "the state's common management goals, result goals (tied to the performance agreement), management and leadership, " +
      "and personal development.",
  }),
  "measures-missing": (p: { goal: string; common: string | undefined }) => ({
    message: `The common goal "${p.goal}" (${p.common ?? "common"}) has no development measures.`,
    hint: "Under measures:, list the development measures agreed in the management discussion, one per line starting with - .",
  }),
  "meters-missing": (p: { goal: string; cycle: number }) => ({
    message: `The goal "${p.goal}" has no meters. The ${p.cycle} instruction requires clear meters on every goal, because the result bonus is based on them.`,
    hint: "Under meters:, add at least one meter agreed in the management discussion, for example - { name: Number of rotation periods, target: \"12\" }.",
  }),
  "ministry-folder": (p: { ministry: string; folder: string; expected: string }) => ({
    message: `The agreement says ministry: ${p.ministry}, but it is in the folder agreements/${p.folder}/.`,
    hint: `Move the file to agreements/${p.expected}/, or correct ministry: to the code of the ministry whose folder it is in.`,
  }),
  "not-updated.overdue": (p: { cycle: number; newer: number; deadline: string }) => ({
    message: `This agreement still answers the ${p.cycle} instruction, but the ${p.newer} instruction required updated agreements by ${p.deadline}.`,
    hint: NOT_UPDATED_HINT,
  }),
  "not-updated.upcoming": (p: { cycle: number; newer: number; deadline: string; daysLeft: number }) => ({
    message: `This agreement still answers the ${p.cycle} instruction; the ${p.newer} instruction requires updated agreements by ${p.deadline} (${p.daysLeft === 0 ? "today is the last day" : `${en_(p.daysLeft, "day", "days")} left`}).`,
    hint: NOT_UPDATED_HINT,
  }),
  "parties-distinct": (p: { login: string }) => ({
    message: `The same GitHub user (@${p.login}) is named as both the official and the superior; an agreement is between two people.`,
    hint: "Write the superior's own GitHub user name under parties: superior: github: (letter case does not make a different user).",
  }),
  "personal-identity-code": (p: { masked: string }) => ({
    message: `The text contains a Finnish personal identity code (${p.masked}).`,
    hint:
      "Delete the identity code: an agreement names people, it never identifies them by their identity code. " +
      "If the code has already been committed, ask the repository's administrators to remove it from the Git history as well.",
  }),
  "sections-missing": (p: { missing: readonly string[]; language: "sv" | "fi" | "en"; cycle: number }) => ({
    message: `The agreement's text lacks ${p.missing.length === 1 ? "the section" : "the sections"} ${p.missing.map((name) => `"${name}"`).join(", ")}.`,
    hint:
      `Add a heading for each missing section, for example "## ${p.missing[0]}". A heading counts when it begins with ` +
      `the section's name in the agreement's language (${{ sv: "Swedish", fi: "Finnish", en: "English" }[p.language]}); the sections: list in ${cataloguePath(p.cycle)} gives every accepted name.`,
  }),
  "sections-missing.other-language": (p: { written: "sv" | "fi" | "en"; language: "sv" | "fi" | "en" }) => ({
    message: `The headings are in ${{ sv: "Swedish", fi: "Finnish", en: "English" }[p.written]}, but the agreement says language: ${p.language}.`,
    hint: `Set language: ${p.written}, or translate the headings into ${{ sv: "Swedish", fi: "Finnish", en: "English" }[p.language]}.`,
  }),
  "sections-missing.misspelt": (p: { heading: string; closest: string }) => ({
    message: `The heading "${p.heading}" is not the name of a section of the agreement model.`,
    hint: `Did you mean "${p.closest}"? Write the heading as "## ${p.closest}".`,
  }),
  "term-dates.reversed": (p: { start: string; end: string }) => ({
    message: `The term ends (${p.end}) before it starts (${p.start}).`,
    hint: "Check term: start is the first day of the agreement and end its last day; the two may have been swapped.",
  }),
  "term-dates.agreed-before-term": (p: { agreed: string; start: string }) => ({
    message: `The agreement was agreed on ${p.agreed}, before its term starts (${p.start}).`,
    hint: "Check agreed: (the date of the management discussion) and term:. An agreement for a new term is a new agreement.",
  }),
  "term-dates.evaluation-before-term": (p: { year: number | undefined; date: string; start: string }) => ({
    message: `The evaluation of ${p.year} is dated ${p.date}, before the term starts (${p.start}).`,
    hint: EVALUATION_DATE_HINT,
  }),
  "term-dates.evaluation-after-term": (p: { year: number | undefined; date: string; end: string }) => ({
    message: `The evaluation of ${p.year} is dated ${p.date}, more than a year after the term ends (${p.end}).`,
    hint: EVALUATION_DATE_HINT,
  }),
  "to-be-filled.github": (p: { party: "official" | "superior" | undefined }) => ({
    message: `The GitHub user name of ${p.party ? `the ${p.party}` : "a party"} is still to-be-filled.`,
    hint: "Write the party's GitHub user name, without @.",
  }),
  "to-be-filled.rating": (p: { year: string | undefined }) => ({
    message: `The rating of ${p.year === undefined ? "the evaluation" : `the evaluation of ${p.year}`} is still to-be-filled.`,
    hint: "Write the rating agreed in the management discussion: excellent, good, satisfactory or poor.",
  }),
  "to-be-filled.bonus": (p: { year: string | undefined }) => ({
    message: `The bonus of ${p.year === undefined ? "the evaluation" : `the evaluation of ${p.year}`} is still to-be-filled.`,
    hint: "Write the bonus outcome: none, or proposed, granted or not-granted where the year has the result bonus system.",
  }),
  "to-be-filled.front-matter": (p: { marker: string; key: string | undefined }) => ({
    message: `The placeholder ${p.marker} is still in ${p.key ?? "the front matter"}: this text must still be written.`,
    hint: `Replace ${p.marker} with the content agreed in the management discussion.`,
  }),
  "to-be-filled.note": (p: { marker: string }) => ({
    message: `The note ${p.marker} beside this value is still there.`,
    hint: "Write the real value, then delete the note.",
  }),
  "to-be-filled.body": (p: { marker: string }) => ({
    message: `The placeholder ${p.marker} is still in the text: this part must still be written.`,
    hint: `Replace ${p.marker} with the text agreed in the management discussion.`,
  }),
  "unique-id": (p: { id: string; others: readonly string[] }) => ({
    message: `The id "${p.id}" is also used by ${p.others.join(", ")}.`,
    hint: "Give each agreement its own id. The usual id is the file name without .md; change it in the file that was copied.",
  }),
  "unknown-common-goal": (p: { common: string; cycle: number; path: string; suggestion: string | undefined; ids: readonly string[] }) => ({
    message: `"${p.common}" is not a common goal of the ${p.cycle} instruction (${p.path}).`,
    hint: p.suggestion !== undefined ? `Did you mean "${p.suggestion}"?` : `Use one of these goal ids: ${p.ids.join(", ")}.`,
  }),
  "unknown-cycle.broken-catalogue": (p: { cycle: number; path: string }) => ({
    message: `The goal catalogue for ${p.cycle} (${p.path}) has errors, so this agreement cannot be checked against its goals.`,
    hint: `Fix the errors reported in ${p.path} first; the agreement is then checked against it.`,
  }),
  "unknown-cycle.missing": (p: { cycle: number; known: readonly number[] }) => ({
    message: `There is no goal catalogue for the cycle ${p.cycle} (${cataloguePath(p.cycle)} does not exist).`,
    hint: p.known.length > 0
      ? `Set cycle: to the year of the instruction this agreement answers. Known cycles: ${p.known.join(", ")}.`
      : "No goal catalogue was found under goals/. Add the year's instruction as goals/<year>.md.",
  }),
  "waiver-expired": (p: { rule: string | undefined; until: string }) => ({
    message: `The waiver for the rule "${p.rule}" expired on ${p.until}.`,
    hint:
      "If the exception is still needed, agree on it again in the management discussion and give the waiver a new until: date " +
      "and reason. Otherwise remove the waiver and fix what the rule reports.",
  }),
} satisfies Record<string, (params: never) => Text>;

const BROKEN_LINK_HINT =
  "Check the spelling and the number of ../ in the address: it is relative to this file's folder. " +
  "A link to a web page needs the full address starting with https://.";
const NOT_UPDATED_HINT =
  "Hold the management discussion, then update the agreement for the newer instruction: set cycle: and agreed:, " +
  "review the goals against the instruction's common goals, and add last year's evaluation.";
const EVALUATION_DATE_HINT =
  "Check the evaluation's date: (the day of the discussion that evaluated the year). An evaluation may come up to one year after the term ends.";
