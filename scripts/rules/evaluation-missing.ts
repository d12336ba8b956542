import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule, catalogueFor } from "./rule.js";

export const evaluationMissing = agreementRule({
  id: "evaluation-missing",
  defaultSeverity: "error",
  description: "The evaluation of success that the cycle's instruction asks for (the previous year's) must be in the agreement.",
  check(file, context) {
    const agreement = file.view;
    const entry = catalogueFor(context, agreement.cycle);
    const year = entry?.catalogue.evaluationYear;
    if (!entry || year === undefined) return [];
    // An official whose term began after that year had nothing to be evaluated on.
    // Without a valid start date the term cannot tell; the schema rule reports the date.
    if (agreement.term?.start === undefined || agreement.term.start > `${year}-12-31`) return [];
    // An evaluation of the year that has a wrong value is reported by the schema rule, not as missing.
    if ((agreement.evaluations ?? []).some((evaluation) => evaluation === undefined || evaluation.year === undefined || evaluation.year === year)) return [];
    return [{
      text: say("evaluation-missing", { year, cycle: entry.catalogue.cycle, path: entry.path }),
      ...(agreement.evaluations ? locate(file, ["evaluations"], true) : locate(file, ["cycle"])),
    }];
  },
});
