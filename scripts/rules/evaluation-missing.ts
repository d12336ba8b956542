import { locate } from "../model/document.js";
import { agreementRule } from "./rule.js";

export const evaluationMissing = agreementRule({
  id: "evaluation-missing",
  defaultSeverity: "error",
  description: "The evaluation of success that the cycle's instruction asks for (the previous year's) must be in the agreement.",
  check(file, context) {
    const { agreement } = file;
    const entry = context.catalogues.get(agreement.cycle);
    const year = entry?.catalogue.evaluationYear;
    if (!entry || year === undefined) return [];
    // An official whose term began after that year had nothing to be evaluated on.
    if (agreement.term.start > `${year}-12-31`) return [];
    if ((agreement.evaluations ?? []).some((evaluation) => evaluation.year === year)) return [];
    return [{
      message: `The evaluation of success for ${year} is missing. The ${entry.catalogue.cycle} instruction (${entry.path}) requires it with this update.`,
      hint: `Under evaluations:, add the evaluation of ${year} from the management discussion: year: ${year}, date, rating, summary and bonus.`,
      ...(agreement.evaluations ? locate(file, ["evaluations"], true) : locate(file, ["cycle"])),
    }];
  },
});
