import type { Report, FileRule } from "./rule.js";
import { say } from "../messages/catalogue.js";

/**
 * DDMMYY, century sign, individual number NNN, check character; not part of a longer word or number.
 * Word processors and phones turn the hyphen into other dashes (en dash, minus sign, non-breaking
 * hyphen…): the code is just as personal written with them.
 */
const CANDIDATE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+A-FU-Y\u2010-\u2015\u2212\uFE58\uFE63\uFF0D])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/giu;
const OTHER_DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u;
const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

/** The century each sign stands for; the letters other than A were added by the 2023 reform. */
const CENTURY: Record<string, number> = {
  "+": 1800,
  "-": 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

/**
 * A Finnish personal identity code (henkilötunnus) must never reach the repository: Git keeps every
 * version forever and the repository is shared widely. A code is only reported when its date is real
 * and its check character matches, so ordinary numbers do not trip the rule. The message masks the
 * code, so that the finding itself does not copy the personal data into CI logs.
 */
export const personalIdentityCode: FileRule = {
  id: "personal-identity-code",
  defaultSeverity: "error",
  description: "No file may contain a Finnish personal identity code (henkilötunnus).",
  appliesTo: ["agreement", "catalogue"],
  check(file) {
    const text = file.source.text;
    if (text === "") return [];
    const reports: Report[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const [code, day, month, year, written, individual, check] = match;
      const sign = OTHER_DASHES.test(written!) ? "-" : written!.toUpperCase();
      if (!isIdentityCode(day!, month!, year!, sign, individual!, check!.toUpperCase())) continue;
      reports.push({
        text: say("personal-identity-code", { masked: `${day}${month}${year}${sign}****` }),
        start: match.index,
        end: match.index + code!.length,
      });
    }
    return reports;
  },
};

function isIdentityCode(day: string, month: string, year: string, sign: string, individual: string, check: string): boolean {
  const century = CENTURY[sign];
  if (century === undefined || !isRealDate(century + Number(year), Number(month), Number(day))) return false;
  return CHECK_CHARACTERS[Number(day + month + year + individual) % 31] === check;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; Date.UTC handles leap years for us.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
