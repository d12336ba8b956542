import { findUpdateDeadline } from "../model/catalogue.js";
import { say } from "../messages/catalogue.js";
import { locate } from "../model/document.js";
import { agreementRule, catalogueFor } from "./rule.js";

/** An update agreed after its cycle's deadline reached the Ministry of Finance late; worth a note, not a block. */
export const lateUpdate = agreementRule({
  id: "late-update",
  defaultSeverity: "warning",
  description: "The agreement was agreed after the deadline of the yearly instruction it answers.",
  check(file, context) {
    // No catalogue for the cycle: `unknown-cycle` reports that.
    const entry = catalogueFor(context, file.view.cycle);
    const deadline = entry && findUpdateDeadline(entry.catalogue)?.date;
    if (!entry || deadline === undefined || file.view.agreed === undefined || file.view.agreed <= deadline) return [];
    return [{
      text: say("late-update", { agreed: file.view.agreed, cycle: entry.catalogue.cycle, deadline }),
      ...locate(file, ["agreed"]),
    }];
  },
});
