import type { Language } from "../model/types.js";

/**
 * The words of a cycle pull request in each language an agreement can be written in: its parties read
 * it, so it speaks their language. Lint messages quoted in it stay as the lint writes them (English).
 */
export interface PullRequestWording {
  title(year: number, id: string): string;
  intro(title: string, year: number, cataloguePath: string): string;
  parties(official: string, superior: string): string;
  deadline(date: string, title: string): string;
  noDeadline: string;
  toFillHeading: string;
  toFillIntro: string;
  line(line: number): string;
  nothingToFill: string;
  edit: string;
  checklistHeading: string;
  discussion: string;
  evaluation(year: number): string;
  goals(year: number, withMeters: boolean): string;
  agreed: string;
  noPlaceholders: string;
  approvals(logins: string): string;
  footer(year: number): string;
}

export const WORDING: Record<Language, PullRequestWording> = {
  sv: {
    title: (year, id) => `Ledningsavtal ${year}: ${id}`,
    intro: (title, year, path) => `Den årliga uppdateringen av **${title}** enligt anvisningen för ${year} (${path}).`,
    parties: (official, superior) => `Parter: ${official} och ${superior}.`,
    deadline: (date, title) => `Sista dag: **${date}**${title ? ` – ${title}` : ""}.`,
    noDeadline: "Anvisningen anger ingen sista dag.",
    toFillHeading: "Att fylla i",
    toFillIntro: "De här ställena är markerade TO BE FILLED eller to-be-filled. Ersätt dem med det som avtalades i ledningsdiskussionen:",
    line: (line) => `rad ${line}`,
    nothingToFill: "Inget är markerat att fylla i.",
    edit: "Redigera filen i webbläsaren",
    checklistHeading: "Checklista",
    discussion: "Ledningsdiskussionen är hållen",
    evaluation: (year) => `Utvärderingen av framgången ${year} är ifylld: datum, bedömning, sammanfattning och resultatpremie`,
    goals: (year, withMeters) => `Målen är genomgångna mot de gemensamma målen för ${year}${withMeters ? ", med mätare och kriterier" : ""}`,
    agreed: "`agreed:` är datumet för diskussionen",
    noPlaceholders: "Inget TO BE FILLED finns kvar (kontrollen ”Check agreements” är grön)",
    approvals: (logins) => `Båda parterna har godkänt ändringen på GitHub (Review changes → Approve): ${logins}`,
    footer: (year) => `_Öppnad med \`agreements cycle open ${year} --github\`._`,
  },
  fi: {
    title: (year, id) => `Johtamissopimus ${year}: ${id}`,
    intro: (title, year, path) => `Vuosittainen päivitys: **${title}** vuoden ${year} ohjeen mukaiseksi (${path}).`,
    parties: (official, superior) => `Osapuolet: ${official} ja ${superior}.`,
    deadline: (date, title) => `Määräpäivä: **${date}**${title ? ` – ${title}` : ""}.`,
    noDeadline: "Ohjeessa ei ole määräpäivää.",
    toFillHeading: "Täytettävät kohdat",
    toFillIntro: "Nämä kohdat on merkitty TO BE FILLED tai to-be-filled. Korvaa ne johtamiskeskustelussa sovitulla:",
    line: (line) => `rivi ${line}`,
    nothingToFill: "Mitään ei ole merkitty täytettäväksi.",
    edit: "Muokkaa tiedostoa selaimessa",
    checklistHeading: "Tarkistuslista",
    discussion: "Johtamiskeskustelu on käyty",
    evaluation: (year) => `Vuoden ${year} onnistumisen arviointi on täytetty: päivämäärä, arvio, yhteenveto ja tulospalkkio`,
    goals: (year, withMeters) => `Tavoitteet on käyty läpi vuoden ${year} yhteisiä tavoitteita vasten${withMeters ? ", mittareineen ja kriteereineen" : ""}`,
    agreed: "`agreed:` on keskustelun päivämäärä",
    noPlaceholders: "TO BE FILLED -merkintöjä ei ole jäljellä (tarkistus ”Check agreements” menee läpi)",
    approvals: (logins) => `Molemmat osapuolet ovat hyväksyneet muutoksen GitHubissa (Review changes → Approve): ${logins}`,
    footer: (year) => `_Avattu komennolla \`agreements cycle open ${year} --github\`._`,
  },
  en: {
    title: (year, id) => `Management agreement ${year}: ${id}`,
    intro: (title, year, path) => `The yearly update of **${title}** to the ${year} instruction (${path}).`,
    parties: (official, superior) => `Parties: ${official} and ${superior}.`,
    deadline: (date, title) => `Deadline: **${date}**${title ? `: ${title}` : ""}.`,
    noDeadline: "The instruction names no deadline.",
    toFillHeading: "To fill in",
    toFillIntro: "These places are marked TO BE FILLED or to-be-filled. Replace them with what was agreed in the management discussion:",
    line: (line) => `line ${line}`,
    nothingToFill: "Nothing is marked to be filled in.",
    edit: "Edit the file in the browser",
    checklistHeading: "Checklist",
    discussion: "The management discussion has been held",
    evaluation: (year) => `The evaluation of success for ${year} is filled in: date, rating, summary and bonus`,
    goals: (year, withMeters) => `The goals are reviewed against the common goals for ${year}${withMeters ? ", with meters and criteria" : ""}`,
    agreed: "`agreed:` is the date of the discussion",
    noPlaceholders: "No TO BE FILLED is left (the check “Check agreements” passes)",
    approvals: (logins) => `Both parties have approved the change on GitHub (Review changes → Approve): ${logins}`,
    footer: (year) => `_Opened with \`agreements cycle open ${year} --github\`._`,
  },
};
