import { MINISTRY_CODES, MINISTRY_NAMES } from "./ministries.js";

/**
 * What officials type instead of the value the schema wants, and the value to write. Edit distance alone
 * gets these wrong (FM is one letter from UM); these are the ministry's own words, not typos.
 */
const MINISTRY_ALIASES: Readonly<Record<string, string>> = {
  // Swedish abbreviations (GLOSSARY.md).
  SRK: "VNK", JM: "OM", IM: "SM", FSM: "PLM", FM: "VM", UKM: "OKM", JSM: "MMM", KM: "LVM", ANM: "TEM", SHM: "STM", MM: "YM",
  // English abbreviations.
  PMO: "VNK", MFA: "UM", MOJ: "OM", MOI: "SM", MOD: "PLM", MOF: "VM",
};

const RATING_WORDS: Readonly<Record<string, string>> = {
  erinomainen: "excellent", "utmärkt": "excellent", "utmarkt": "excellent",
  "hyvä": "good", hyva: "good", bra: "good", god: "good",
  "tyydyttävä": "satisfactory", tyydyttava: "satisfactory", "nöjaktig": "satisfactory", "nöjaktigt": "satisfactory", "tillfredsställande": "satisfactory",
  heikko: "poor", "välttävä": "poor", svag: "poor", svagt: "poor", "dålig": "poor",
};

const BONUS_WORDS: Readonly<Record<string, string>> = {
  ei: "none", nej: "none", ingen: "none", "ei tulospalkkiota": "none", "ingen resultatpremie": "none", no: "none",
  ehdotettu: "proposed", "ehdotetaan": "proposed", "föreslagen": "proposed", "föreslås": "proposed",
  "myönnetty": "granted", "myönnetään": "granted", beviljad: "granted", beviljats: "granted",
  "ei myönnetty": "not-granted", "inte beviljad": "not-granted", "ej beviljad": "not-granted",
};

const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** The ministry code for an abbreviation or a name in any of the three languages, any letter case. */
export function ministryCode(typed: string): string | undefined {
  const upper = typed.trim().toUpperCase();
  if ((MINISTRY_CODES as readonly string[]).includes(upper)) return upper;
  if (MINISTRY_ALIASES[upper]) return MINISTRY_ALIASES[upper];
  const name = normalise(typed);
  for (const code of MINISTRY_CODES) {
    if (Object.values(MINISTRY_NAMES[code]).some((each) => normalise(each) === name || normalise(each) === name.replace(/^the /, ""))) return code;
  }
  return undefined;
}

/** The value to write for a rating or bonus typed in Finnish or Swedish (or in another letter case). */
export function enumValue(key: "rating" | "bonus", typed: string, allowed: readonly string[]): string | undefined {
  const word = normalise(typed);
  const direct = allowed.find((value) => value === word);
  if (direct) return direct;
  const mapped = (key === "rating" ? RATING_WORDS : BONUS_WORDS)[word];
  return mapped !== undefined && allowed.includes(mapped) ? mapped : undefined;
}

/** 15.4.2020 or 15.4.20 (the Finnish and Swedish way) as the ISO date to write, when it is a real date. */
export function isoFromLocalDate(typed: string): string | undefined {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$/.exec(typed);
  if (!match) return undefined;
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  const iso = `${year}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/** An id typed with capitals or spaces (Knowledge Based Management) as the id it must be, when that is a valid id. */
export function idFrom(typed: string): string | undefined {
  const id = normalise(typed).replace(/[\s_]+/g, "-");
  return id !== typed && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) ? id : undefined;
}

/** A common goal id typed in another letter case or with spaces (Knowledge based management) as the id. */
export function goalId(typed: string, ids: readonly string[]): string | undefined {
  const simple = normalise(typed).replace(/[\s_]+/g, "-");
  return ids.find((id) => id === simple);
}
