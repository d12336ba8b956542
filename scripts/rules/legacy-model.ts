import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule } from "./rule.js";

/** The old agreement model is still allowed, but every agreement should move to the 2017 model when next updated. */
export const legacyModel = agreementRule({
  id: "legacy-model",
  defaultSeverity: "warning",
  description: "The agreement still uses the agreement model from before 2017.",
  check(file) {
    if (file.view.model !== "legacy") return [];
    return [{
      text: say("legacy-model"),
      ...locate(file, ["model"]),
    }];
  },
});
