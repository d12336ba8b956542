import { locate } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import { agreementRule } from "./rule.js";
import { ENUM_PLACEHOLDER } from "./to-be-filled.js";

/**
 * The two parties must be two people. GitHub logins ignore letter case, so "Maria-Exempel" and
 * "maria-exempel" are one account: with one account as both parties, one person would consent for
 * both sides (issue 9). The approval check refuses such a change too; this rule says so while editing.
 */
export const partiesDistinct = agreementRule({
  id: "parties-distinct",
  defaultSeverity: "error",
  description: "The official and the superior must be two different GitHub accounts.",
  check(file) {
    const official = file.view.parties?.official?.github;
    const superior = file.view.parties?.superior?.github;
    // A login that failed the schema is reported there; only two valid logins can be compared.
    if (official === undefined || superior === undefined) return [];
    if (official.toLowerCase() !== superior.toLowerCase()) return [];
    // A new agreement's two stand-ins are not a person yet; to-be-filled reports them.
    if (official === ENUM_PLACEHOLDER) return [];
    return [
      {
        text: say("parties-distinct", { login: superior }),
        ...locate(file, ["parties", "superior", "github"]),
      },
    ];
  },
});
