import type { MinistryCode } from "../model/types.js";
import { closestMatch } from "../model/suggest.js";
import { isMinistryCode, MINISTRY_CODES, MINISTRY_NAMES } from "../model/ministries.js";

/** The same pattern as an agreement id in the agreement schema. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** As the schema's maxLength: file systems allow 255 bytes a name, and the file is written beside a longer temporary name. */
const MAX_ID_LENGTH = 100;

/** A precondition that failed, in words for the person at the keyboard. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** Accepts a ministry code in any case ("vm" is VM); otherwise names the closest code. */
export function checkMinistry(value: string): Checked<MinistryCode> {
  const code = value.trim().toUpperCase();
  if (isMinistryCode(code)) return { ok: true, value: code };
  const suggestion = closestMatch(code, MINISTRY_CODES) as MinistryCode | undefined;
  const known = MINISTRY_CODES.map((candidate) => `${candidate} (${MINISTRY_NAMES[candidate].en})`).join(", ");
  return {
    ok: false,
    message:
      `"${value}" is not a ministry code.` +
      (suggestion ? ` Did you mean ${suggestion} (${MINISTRY_NAMES[suggestion].en})?` : "") +
      ` The codes are: ${known}.`,
  };
}

/** An id is small letters, digits and hyphens, because it is also the file name and appears in links. */
export function checkId(value: string): Checked<string> {
  if (value.length > MAX_ID_LENGTH) {
    return {
      ok: false,
      message: `The agreement id is ${value.length} characters long; it can be at most ${MAX_ID_LENGTH}, because it is also the file name. Choose a shorter id, such as "vm-ny-avdelningschef".`,
    };
  }
  if (SLUG.test(value)) return { ok: true, value };
  const suggestion = toSlug(value);
  return {
    ok: false,
    message:
      `"${value}" cannot be an agreement id: use small letters a-z, digits and hyphens only, starting with a letter or digit` +
      (suggestion ? `, for example "${suggestion}".` : "."),
  };
}

/** "Kanslichef OKM" -> "kanslichef-okm"; "Pääjohtaja" -> "paajohtaja". */
function toSlug(value: string): string | undefined {
  const slug = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return SLUG.test(slug) ? slug : undefined;
}
