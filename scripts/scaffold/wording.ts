import type { Language, MinistryCode } from "../model/types.js";
import { headTitle, MINISTRY_NAMES } from "../model/ministries.js";

type SectionGuide = Record<Language, (evaluationYear: number | undefined) => string>;

/** One sentence per section of the agreement model, telling the parties what to write under its heading. */
const SECTION_GUIDES: Record<string, SectionGuide> = {
  common: {
    sv: () => "Beskriv de gemensamma mål för ledningen som valdes i ledningsdiskussionen och de utvecklingsåtgärder som avtalades för dem.",
    fi: () => "Kuvaa johtamiskeskustelussa valitut yhteiset johtamisen tavoitteet ja niille sovitut kehittämistoimenpiteet.",
    en: () => "Describe the common management goals chosen in the management discussion and the development measures agreed for them.",
  },
  result: {
    sv: () => "Beskriv resultatmålen och hur de hänger ihop med resultatavtalet.",
    fi: () => "Kuvaa tulostavoitteet ja niiden yhteys tulossopimukseen.",
    en: () => "Describe the result goals and how they relate to the performance agreement.",
  },
  leadership: {
    sv: () => "Beskriv målen för ledning och ledarskap.",
    fi: () => "Kuvaa johtamisen ja johtajuuden tavoitteet.",
    en: () => "Describe the goals for management and leadership.",
  },
  development: {
    sv: () => "Beskriv den personliga utveckling som avtalades för tjänstemannen.",
    fi: () => "Kuvaa virkamiehen kanssa sovittu henkilökohtainen kehittyminen.",
    en: () => "Describe the personal development agreed for the official.",
  },
  evaluation: {
    sv: (year) => (year === undefined ? "Sammanfatta utvärderingen av framgången." : `Sammanfatta utvärderingen av framgången år ${year} från ledningsdiskussionen.`),
    fi: (year) => (year === undefined ? "Tiivistä onnistumisen arviointi." : `Tiivistä johtamiskeskustelussa tehty vuoden ${year} onnistumisen arviointi.`),
    en: (year) => (year === undefined ? "Summarise the evaluation of success." : `Summarise the evaluation of success for ${year} made in the management discussion.`),
  },
};

/** For a section a later catalogue adds and this file does not know yet. */
const ANY_SECTION: SectionGuide = {
  sv: () => "Skriv avsnittets innehåll.",
  fi: () => "Kirjoita osion sisältö.",
  en: () => "Write this section.",
};

export function sectionGuide(sectionId: string, language: Language, evaluationYear: number | undefined): string {
  return (SECTION_GUIDES[sectionId] ?? ANY_SECTION)[language](evaluationYear);
}

/** The agreement's title, for the head of a ministry: "Ledningsavtal för kanslichefen vid justitieministeriet". */
export function ministryHeadAgreementTitle(ministry: MinistryCode, language: Language): string {
  const name = MINISTRY_NAMES[ministry][language];
  const head = headTitle(ministry, language).inAgreementTitle;
  switch (language) {
    case "sv":
      return `Ledningsavtal för ${head} vid ${name.charAt(0).toLowerCase()}${name.slice(1)}`;
    case "fi":
      return `${name}n ${head} johtamissopimus`;
    case "en":
      return `Management agreement of ${head} of the ${name}`;
  }
}

/** The title when the official is not known yet: the marker stands where the official's title and organisation go. */
export function openAgreementTitle(language: Language, marker: string): string {
  switch (language) {
    case "sv":
      return `Ledningsavtal för ${marker}`;
    case "fi":
      return `Johtamissopimus: ${marker}`;
    case "en":
      return `Management agreement of ${marker}`;
  }
}

/** The sentence under the title that links the agreement to the instruction it answers. */
export function instructionSentence(language: Language, cycle: number, title: string, link: string): string {
  switch (language) {
    case "sv":
      return `Avtalet följer anvisningen för ${cycle}: [${title}](${link}).`;
    case "fi":
      return `Sopimus noudattaa vuoden ${cycle} ohjetta: [${title}](${link}).`;
    case "en":
      return `This agreement follows the ${cycle} instruction: [${title}](${link}).`;
  }
}
