import type { Language } from "./types.js";

/**
 * The notes `agreements new` and `cycle open` write beside a TO BE FILLED marker, in the agreement's own
 * language. The marker itself stays "TO BE FILLED" in every language: the to-be-filled rule, the report and
 * the reminder find it by that text. Values that must be written as they are (ministry-head, good, none)
 * stay as they are.
 */
const en = {
  kind: "ministry-head, agency-head, director-general or other",
  officials: "the official's",
  superiors: "the superior's",
  githubLogin: (whose: string) => `${whose} GitHub user name, without @`,
  termStart: "the first day of the official's term",
  termEnd: "the last day of the official's term",
  agreed: "the date of the management discussion",
  agreedInCycle: (cycle: number) => `the date of the ${cycle} management discussion`,
  evaluationDate: (year: number) => `the date of the management discussion that evaluated ${year}`,
  ratings: "excellent, good, satisfactory or poor",
  noBonus: (year: number) => `none: there is no result bonus for ${year}`,
  bonus: "none, or proposed when a result bonus is proposed",
  waivers: "A waiver silences one rule for this agreement until a date, with the reason. Usually there are none.",
  goalsIntro: (cycle: number, path: string) => [
    `One goal for each common goal of the ${cycle} instruction (${path}). Keep those chosen in the`,
    "management discussion (at least one) and delete the others.",
  ],
  narrower: (id: string, narrower: string) => `Instead of ${id}, common: may name a narrower goal: ${narrower}.`,
  otherSections: "Goals of the model's other sections: result goals, management and leadership, personal development.",
};

export type PlaceholderWords = typeof en;

const fi: PlaceholderWords = {
  kind: "ministry-head, agency-head, director-general tai other",
  officials: "virkamiehen",
  superiors: "esihenkilön",
  githubLogin: (whose) => `${whose} GitHub-käyttäjänimi ilman @-merkkiä`,
  termStart: "virkamiehen toimikauden ensimmäinen päivä",
  termEnd: "virkamiehen toimikauden viimeinen päivä",
  agreed: "johtamiskeskustelun päivämäärä",
  agreedInCycle: (cycle) => `vuoden ${cycle} johtamiskeskustelun päivämäärä`,
  evaluationDate: (year) => `sen johtamiskeskustelun päivämäärä, jossa vuoden ${year} onnistumista arvioitiin`,
  ratings: "excellent, good, satisfactory tai poor",
  noBonus: (year) => `none: vuodelta ${year} ei makseta tulospalkkiota`,
  bonus: "none, tai proposed, kun tulospalkkiota ehdotetaan",
  waivers: "Poikkeus (waiver) vaientaa yhden säännön tämän sopimuksen osalta tiettyyn päivään asti, perusteluineen. Yleensä poikkeuksia ei ole.",
  goalsIntro: (cycle, path) => [
    `Yksi tavoite kutakin vuoden ${cycle} ohjeen (${path}) yhteistä tavoitetta kohden. Säilytä johtamiskeskustelussa`,
    "valitut (vähintään yksi) ja poista muut.",
  ],
  narrower: (id, narrower) => `Tavoitteen ${id} sijaan kohtaan common: voi kirjoittaa suppeamman tavoitteen: ${narrower}.`,
  otherSections: "Mallin muiden osioiden tavoitteet: tulostavoitteet, johtaminen ja johtajuus, henkilökohtainen kehittyminen.",
};

const sv: PlaceholderWords = {
  kind: "ministry-head, agency-head, director-general eller other",
  officials: "tjänstemannens",
  superiors: "den överordnades",
  githubLogin: (whose) => `${whose} användarnamn på GitHub, utan @`,
  termStart: "första dagen av tjänstemannens mandatperiod",
  termEnd: "sista dagen av tjänstemannens mandatperiod",
  agreed: "ledningsdiskussionens datum",
  agreedInCycle: (cycle) => `datumet för ledningsdiskussionen ${cycle}`,
  evaluationDate: (year) => `datumet för den ledningsdiskussion där framgången ${year} utvärderades`,
  ratings: "excellent, good, satisfactory eller poor",
  noBonus: (year) => `none: det finns ingen resultatpremie för ${year}`,
  bonus: "none, eller proposed när en resultatpremie föreslås",
  waivers: "Ett undantag (waiver) tystar en regel för detta avtal till ett visst datum, med motivering. Vanligtvis finns inga.",
  goalsIntro: (cycle, path) => [
    `Ett mål för varje gemensamt mål i anvisningen för ${cycle} (${path}). Behåll dem som valdes i`,
    "ledningsdiskussionen (minst ett) och ta bort de andra.",
  ],
  narrower: (id, narrower) => `I stället för ${id} kan common: ange ett snävare mål: ${narrower}.`,
  otherSections: "Mål för modellens övriga avsnitt: resultatmål, ledning och ledarskap, personlig utveckling.",
};

const WORDS: Readonly<Record<Language, PlaceholderWords>> = { en, fi, sv };

/** The placeholder notes in the agreement's language (English for an agreement whose language cannot be read). */
export function placeholderWords(language: Language | undefined): PlaceholderWords {
  return WORDS[language ?? "en"];
}
