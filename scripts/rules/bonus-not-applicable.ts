import { locate } from "../model/document.js";
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
      const because = range.decision ?? `${entry.path} lists the evaluation years ${years} as without it`;
      return [{
        message: `The evaluation of ${evaluation.year} has bonus: ${evaluation.bonus}, but there was no result bonus system for ${evaluation.year} (${because}).`,
        hint: `Write bonus: none for the evaluation of ${evaluation.year}. A bonus can only be proposed for years outside ${years}.`,
        ...locate(file, ["evaluations", index, "bonus"]),
      }];
    });
  },
});
