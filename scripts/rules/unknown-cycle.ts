import { locate } from "../model/document.js";
import { agreementRule } from "./rule.js";

/**
 * Every other catalogue rule skips an agreement whose cycle has no readable catalogue, so this rule is
 * the one place that says why such an agreement was not checked against any goals.
 */
export const unknownCycle = agreementRule({
  id: "unknown-cycle",
  defaultSeverity: "error",
  description: "The agreement's cycle must name a year that has a readable goal catalogue under goals/.",
  check(file, context) {
    const { cycle } = file.view;
    // A cycle that is not a year is the schema rule's finding.
    if (cycle === undefined) return [];
    if (context.catalogues.has(cycle)) return [];
    const { start, end } = locate(file, ["cycle"]);
    const brokenPath = context.brokenCatalogues.get(cycle);
    if (brokenPath !== undefined) {
      return [{
        message: `The goal catalogue for ${cycle} (${brokenPath}) has errors, so this agreement cannot be checked against its goals.`,
        hint: `Fix the errors reported in ${brokenPath} first; the agreement is then checked against it.`,
        start,
        end,
      }];
    }
    const known = [...context.catalogues.keys()].sort((a, b) => a - b);
    return [{
      message: `There is no goal catalogue for the cycle ${cycle} (goals/${cycle}.md does not exist).`,
      hint: known.length > 0
        ? `Set cycle: to the year of the instruction this agreement answers. Known cycles: ${known.join(", ")}.`
        : "No goal catalogue was found under goals/. Add the year's instruction as goals/<year>.md.",
      start,
      end,
    }];
  },
});
