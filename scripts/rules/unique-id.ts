import { locate } from "../model/document.js";
import { agreementRule } from "./rule.js";

/**
 * Reports, in every file involved, an agreement id that more than one agreement uses: reports,
 * history and pull requests find an agreement by its id, so two files with one id would be mixed up.
 */
export const uniqueId = agreementRule({
  id: "unique-id",
  defaultSeverity: "error",
  description: "Each agreement's id must be used by that agreement only.",
  check(file, context) {
    const others = (context.agreementsById.get(file.agreement.id) ?? []).filter((other) => other.path !== file.path);
    if (others.length === 0) return [];
    const names = others.map((other) => other.path).join(", ");
    return [{
      message: `The id "${file.agreement.id}" is also used by ${names}.`,
      hint: "Give each agreement its own id. The usual id is the file name without .md; change it in the file that was copied.",
      ...locate(file, ["id"]),
    }];
  },
});
