import { locate } from "../model/document.js";
import { agreementRule } from "./rule.js";

/** The old agreement model is still allowed, but every agreement should move to the 2017 model when next updated. */
export const legacyModel = agreementRule({
  id: "legacy-model",
  defaultSeverity: "warning",
  description: "The agreement still uses the agreement model from before 2017.",
  check(file) {
    if (file.view.model !== "legacy") return [];
    return [{
      message: "This agreement still uses the old agreement model (from before 2017).",
      hint:
        "At the next update, move the agreement to the 2017 model and set model: \"2017\". The 2017 model has four sections: " +
        "the state's common management goals, result goals (tied to the performance agreement), management and leadership, " +
        "and personal development.",
      ...locate(file, ["model"]),
    }];
  },
});
