import { locate } from "../model/document.js";
import { agreementRule, type Report } from "./rule.js";

/**
 * A waiver silences a rule only until its date (the engine drops findings of active waivers); after
 * that it must be renewed on purpose or removed, so that no exception lives on unnoticed.
 */
export const waiverExpired = agreementRule({
  id: "waiver-expired",
  defaultSeverity: "error",
  description: "A waiver that silences a rule for this agreement must not be past its end date.",
  check(file, context) {
    const reports: Report[] = [];
    (file.view.waivers ?? []).forEach((waiver, index) => {
      if (waiver?.until === undefined || waiver.until >= context.today) return;
      reports.push({
        message: `The waiver for the rule "${waiver.rule}" expired on ${waiver.until}.`,
        hint:
          "If the exception is still needed, agree on it again in the management discussion and give the waiver a new until: date " +
          "and reason. Otherwise remove the waiver and fix what the rule reports.",
        ...locate(file, ["waivers", index, "until"]),
      });
    });
    return reports;
  },
});
