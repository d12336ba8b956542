import { findUpdateDeadline } from "../model/catalogue.js";
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
    if (deadline === undefined || file.view.agreed === undefined || file.view.agreed <= deadline) return [];
    return [{
      message: `This version was agreed on ${file.view.agreed}, after the ${file.view.cycle} instruction's deadline for updated agreements (${deadline}).`,
      hint:
        "Check that agreed: is the date of the management discussion. If the update really was late, mention it when you submit " +
        "the agreement to the Ministry of Finance; next year, plan the discussion before the deadline.",
      ...locate(file, ["agreed"]),
    }];
  },
});
