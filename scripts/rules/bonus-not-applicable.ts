import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import type { Bonus } from "../model/types.js";
import { agreementRule, catalogueFor } from "./rule.js";

/** Values that propose or record no bonus; anything else is a bonus proposal (or its outcome). */
const NOT_A_PROPOSAL: readonly Bonus[] = ["none", "to-be-filled"];

export const bonusNotApplicable = agreementRule({
  id: "bonus-not-applicable",
  defaultSeverity: "error",
  description: "An evaluation of a year without the result bonus system must not propose a bonus.",
  check(file, context) {
    const entry = catalogueFor(context, file.view.cycle);
    if (!entry) return [];
    return (file.view.evaluations ?? []).flatMap((evaluation, index) => {
      if (evaluation?.bonus === undefined || evaluation.year === undefined || NOT_A_PROPOSAL.includes(evaluation.bonus)) return [];
      const year = evaluation.year;
      const range = entry.catalogue.bonus.withoutBonus.find(({ from, to }) => from <= year && year <= to);
      if (!range) return [];
      const years = range.from === range.to ? `${range.from}` : `${range.from}–${range.to}`;
      return [{
        text: say("bonus-not-applicable", { year, bonus: evaluation.bonus, decision: range.decision, path: entry.path, years }),
        ...locate(file, ["evaluations", index, "bonus"]),
      }];
    });
  },
});
