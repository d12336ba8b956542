import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
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
        text: say("unknown-cycle.broken-catalogue", { cycle, path: brokenPath }),
        start,
        end,
      }];
    }
    const known = [...context.catalogues.keys()].sort((a, b) => a - b);
    return [{
      text: say("unknown-cycle.missing", { cycle, known }),
      start,
      end,
    }];
  },
});
