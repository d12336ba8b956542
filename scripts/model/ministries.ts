import type { Language, MinistryCode } from "../model/types.js";

/** The twelve ministry codes, in the order the government lists them. */
export const MINISTRY_CODES: readonly MinistryCode[] = ["VNK", "UM", "OM", "SM", "PLM", "VM", "OKM", "MMM", "LVM", "TEM", "STM", "YM"];

/** A ministry's name in each language the agreements are written in. */
export const MINISTRY_NAMES: Record<MinistryCode, Record<Language, string>> = {
  VNK: { sv: "Statsrådets kansli", fi: "Valtioneuvoston kanslia", en: "Prime Minister's Office" },
  UM: { sv: "Utrikesministeriet", fi: "Ulkoministeriö", en: "Ministry for Foreign Affairs" },
  OM: { sv: "Justitieministeriet", fi: "Oikeusministeriö", en: "Ministry of Justice" },
  SM: { sv: "Inrikesministeriet", fi: "Sisäministeriö", en: "Ministry of the Interior" },
  PLM: { sv: "Försvarsministeriet", fi: "Puolustusministeriö", en: "Ministry of Defence" },
  VM: { sv: "Finansministeriet", fi: "Valtiovarainministeriö", en: "Ministry of Finance" },
  OKM: { sv: "Undervisnings- och kulturministeriet", fi: "Opetus- ja kulttuuriministeriö", en: "Ministry of Education and Culture" },
  MMM: { sv: "Jord- och skogsbruksministeriet", fi: "Maa- ja metsätalousministeriö", en: "Ministry of Agriculture and Forestry" },
  LVM: { sv: "Kommunikationsministeriet", fi: "Liikenne- ja viestintäministeriö", en: "Ministry of Transport and Communications" },
  TEM: { sv: "Arbets- och näringsministeriet", fi: "Työ- ja elinkeinoministeriö", en: "Ministry of Economic Affairs and Employment" },
  STM: { sv: "Social- och hälsovårdsministeriet", fi: "Sosiaali- ja terveysministeriö", en: "Ministry of Social Affairs and Health" },
  YM: { sv: "Miljöministeriet", fi: "Ympäristöministeriö", en: "Ministry of the Environment" },
};

/** How the head of a ministry is titled, and the forms the agreement's title needs. */
export interface HeadTitle {
  /** As written in `parties.*.title`. */
  title: string;
  /** The form used in the agreement's title: Swedish definite, Finnish genitive, English with "the". */
  inAgreementTitle: string;
}

const STATE_SECRETARY: Record<Language, HeadTitle> = {
  sv: { title: "Statssekreterare", inAgreementTitle: "statssekreteraren" },
  fi: { title: "Valtiosihteeri", inAgreementTitle: "valtiosihteerin" },
  en: { title: "State Secretary", inAgreementTitle: "the State Secretary" },
};

const PERMANENT_SECRETARY: Record<Language, HeadTitle> = {
  sv: { title: "Kanslichef", inAgreementTitle: "kanslichefen" },
  fi: { title: "Kansliapäällikkö", inAgreementTitle: "kansliapäällikön" },
  en: { title: "Permanent Secretary", inAgreementTitle: "the Permanent Secretary" },
};

/** In UM and VM the ministry's head is the state secretary; elsewhere the permanent secretary. */
export function headTitle(ministry: MinistryCode, language: Language): HeadTitle {
  return (ministry === "UM" || ministry === "VM" ? STATE_SECRETARY : PERMANENT_SECRETARY)[language];
}

export function isMinistryCode(value: string): value is MinistryCode {
  return (MINISTRY_CODES as readonly string[]).includes(value);
}
