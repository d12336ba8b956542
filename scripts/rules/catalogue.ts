import { locate } from "../model/document.js";
import type { PathSegment } from "../model/front-matter.js";
import type { Catalogue, CatalogueGoal } from "../model/types.js";
import { closestMatch } from "../model/suggest.js";
import type { CatalogueFile, Report, FileRule } from "./rule.js";

/**
 * Every agreement is checked against its yearly catalogue, so a faulty catalogue would mislead every
 * check. This rule reports the catalogue's schema problems (found while parsing) and, once the schema
 * holds, what a schema cannot say: unique ids, a deadline that exists, a file name that matches the year.
 */
export const catalogue: FileRule = {
  id: "catalogue",
  defaultSeverity: "error",
  description: "A yearly goal catalogue (goals/<year>.md) must follow the catalogue format and be consistent in itself.",
  appliesTo: ["catalogue"],
  check(file) {
    if (file.kind !== "catalogue") return [];
    if (file.schemaProblems.length > 0) return file.schemaProblems;
    if (!file.catalogue) return [];
    return [
      ...checkFileName(file, file.catalogue),
      ...checkUpdateDeadline(file, file.catalogue),
      ...duplicates(file, "deadline", file.catalogue.deadlines.map((deadline, index) => ({ id: deadline.id, path: ["deadlines", index, "id"] }))),
      ...duplicates(file, "section", file.catalogue.sections.map((section, index) => ({ id: section.id, path: ["sections", index, "id"] }))),
      ...duplicates(file, "goal", flattenGoals(file.catalogue.goals, ["goals"])),
      ...checkBonusRanges(file, file.catalogue),
    ];
  },
};

function checkFileName(file: CatalogueFile, data: Catalogue): Report[] {
  const name = file.path.split("/").pop();
  if (name === `${data.cycle}.md`) return [];
  return [{
    message: `The catalogue for the cycle ${data.cycle} is in the file ${file.path}; agreements look for it in goals/${data.cycle}.md.`,
    hint: `Rename the file to goals/${data.cycle}.md, or correct cycle: if the year is wrong.`,
    ...locate(file, ["cycle"]),
  }];
}

function checkUpdateDeadline(file: CatalogueFile, data: Catalogue): Report[] {
  const ids = data.deadlines.map((deadline) => deadline.id);
  if (ids.includes(data.updateDeadline)) return [];
  const suggestion = closestMatch(data.updateDeadline, ids);
  return [{
    message: `updateDeadline names the deadline "${data.updateDeadline}", which is not among the deadlines.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
    hint: `Use the id of the deadline by which updated agreements are due; the deadlines here are: ${ids.join(", ")}.`,
    ...locate(file, ["updateDeadline"]),
  }];
}

interface IdAt {
  id: string;
  path: PathSegment[];
}

/** Goals and their children, depth first, with the front matter path of each id. */
function flattenGoals(goals: readonly CatalogueGoal[], path: PathSegment[]): IdAt[] {
  return goals.flatMap((goal, index) => [
    { id: goal.id, path: [...path, index, "id"] },
    ...flattenGoals(goal.children ?? [], [...path, index, "children"]),
  ]);
}

/** One finding at each repetition of an id; the first use is taken as the intended one. */
function duplicates(file: CatalogueFile, what: string, entries: readonly IdAt[]): Report[] {
  const seen = new Set<string>();
  const reports: Report[] = [];
  for (const entry of entries) {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      continue;
    }
    reports.push({
      message: `The ${what} id "${entry.id}" is used more than once in this catalogue.`,
      hint: `Agreements refer to a ${what} by its id, so each id may appear only once. Rename or remove this one.`,
      ...locate(file, entry.path),
    });
  }
  return reports;
}

function checkBonusRanges(file: CatalogueFile, data: Catalogue): Report[] {
  const reports: Report[] = [];
  data.bonus.withoutBonus.forEach((range, index) => {
    if (range.from <= range.to) return;
    reports.push({
      message: `The years without a bonus run from ${range.from} to ${range.to}, which ends before it starts.`,
      hint: "Write the earlier year in from: and the later one in to: (both included).",
      ...locate(file, ["bonus", "withoutBonus", index, "to"]),
    });
  });
  return reports;
}
