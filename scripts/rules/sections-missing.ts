import type { Nodes } from "mdast";
import { bodyHeadings, isText } from "../model/body-outline.js";
import { say } from "../messages/catalogue.js";
import { bodyRange } from "../model/document.js";
import { closestMatch } from "../model/suggest.js";
import type { Language } from "../model/types.js";
import { agreementRule, catalogueFor, type Report } from "./rule.js";

const LANGUAGES: readonly Language[] = ["sv", "fi", "en"];

/**
 * Every agreement has the same structure, so the parties and the Ministry of Finance find each part:
 * the model's sections must appear as headings (any level) in the agreement's language. A legacy
 * agreement only needs the evaluation section.
 */
export const sectionsMissing = agreementRule({
  id: "sections-missing",
  defaultSeverity: "error",
  description: "The agreement's text must have a heading for each section of the agreement model, in the agreement's language.",
  check(file, context) {
    // No catalogue for the cycle: `unknown-cycle` reports that.
    const catalogue = catalogueFor(context, file.view.cycle)?.catalogue;
    if (!catalogue || !isText(file)) return [];
    const { language, model } = file.view;
    // The language decides which headings count; a wrong one is the schema rule's finding.
    if (language === undefined) return [];
    const required = catalogue.sections.filter((section) => model !== "legacy" || section.id === "evaluation");
    const headings = bodyHeadings(file);
    const texts = headings.map((heading) => normalise(textOf(heading)));
    const found = (accepted: readonly string[]) => texts.some((text) => accepted.some((name) => text.startsWith(normalise(name))));
    const missing = required.map((section) => section.headings[language]).filter((accepted) => !found(accepted));
    if (missing.length === 0) return [];

    const first = headings[0];
    const at = first ? bodyRange(file, first) : { start: file.bodyOffset, end: file.bodyOffset };
    // Every heading there, in another language: the language: key or the headings are wrong, not the sections.
    const written = LANGUAGES.find((other) => other !== language && required.every((section) => found(section.headings[other])));
    if (written) return [{ text: say("sections-missing.other-language", { written, language }), ...at }];

    // A heading that no section accepts but that is close to a missing one is that section, misspelt (Resultatmäl).
    const own = language;
    const claimed = (text: string) => required.some((section) => section.headings[own].some((name) => text.startsWith(normalise(name))));
    const used = new Set<number>();
    const reports: Report[] = [];
    const stillMissing = missing.filter((accepted) => {
      const names = accepted.map(normalise);
      const index = texts.findIndex((text, position) => !used.has(position) && !claimed(text) && closestMatch(text, names) !== undefined);
      if (index === -1) return true;
      used.add(index);
      const closest = accepted[names.indexOf(closestMatch(texts[index]!, names)!)]!;
      reports.push({ text: say("sections-missing.misspelt", { heading: textOf(headings[index]!).trim(), closest }), ...bodyRange(file, headings[index]!) });
      return false;
    });
    if (stillMissing.length > 0) {
      reports.push({ text: say("sections-missing", { missing: stillMissing.map((accepted) => accepted[0]!), language, cycle: catalogue.cycle }), ...at });
    }
    return reports;
  },
});

function textOf(node: Nodes): string {
  if ("value" in node && node.type !== "html") return node.value;
  if ("children" in node) return node.children.map((child) => textOf(child)).join("");
  return "";
}

/** Officials often number their headings ("2. Resultatmål", "2.1 Resultatmål"): the number is not part of the name. */
function normalise(text: string): string {
  return text.trim().replace(/\s+/g, " ").replace(/^\d+(?:\.\d+)*\.?\s+/, "").toLowerCase();
}
