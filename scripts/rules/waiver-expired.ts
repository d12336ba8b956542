import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
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
        text: say("waiver-expired", { rule: waiver.rule, until: waiver.until }),
        ...locate(file, ["waivers", index, "until"]),
      });
    });
    return reports;
  },
});
