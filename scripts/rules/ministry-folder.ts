import { AGREEMENTS_FOLDER } from "../layout/paths.js";
import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule } from "./rule.js";

/**
 * The folder names the administrative sector as much as `ministry:` does: CODEOWNERS, the reports and
 * people browsing the repository go by the folder, the rules and the report's counts by the key. When
 * the two disagree, one of them misleads.
 */
export const ministryFolder = agreementRule({
  id: "ministry-folder",
  defaultSeverity: "error",
  description: "The agreement's ministry: must match the ministry folder it is in (agreements/<ministry code in lower case>/).",
  check(file) {
    const { ministry } = file.view;
    const segments = file.path.split("/");
    // Only files in a folder under agreements/ have a ministry folder to compare with.
    if (ministry === undefined || segments.length < 3 || segments[0] !== AGREEMENTS_FOLDER) return [];
    const folder = segments[1]!;
    const expected = ministry.toLowerCase();
    if (folder === expected) return [];
    return [{
      text: say("ministry-folder", { ministry, folder, expected }),
      ...locate(file, ["ministry"]),
    }];
  },
});
