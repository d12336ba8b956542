import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
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
    if (file.schemaProblems.length > 0) return file.schemaProblems.map(({ text, start, end }) => ({ text, start, end }));
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
    text: say("catalogue.file-name", { cycle: data.cycle, path: file.path }),
    ...locate(file, ["cycle"]),
  }];
}

function checkUpdateDeadline(file: CatalogueFile, data: Catalogue): Report[] {
  const ids = data.deadlines.map((deadline) => deadline.id);
  if (ids.includes(data.updateDeadline)) return [];
  const suggestion = closestMatch(data.updateDeadline, ids);
  return [{
    text: say("catalogue.update-deadline", { deadline: data.updateDeadline, suggestion, ids }),
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
function duplicates(file: CatalogueFile, what: "goal" | "deadline" | "section", entries: readonly IdAt[]): Report[] {
  const seen = new Set<string>();
  const reports: Report[] = [];
  for (const entry of entries) {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      continue;
    }
    reports.push({
      text: say("catalogue.duplicate-id", { what, id: entry.id }),
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
      text: say("catalogue.without-bonus-range", { from: range.from, to: range.to }),
      ...locate(file, ["bonus", "withoutBonus", index, "to"]),
    });
  });
  return reports;
}
