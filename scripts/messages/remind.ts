import type { Language } from "./types.js";
import { localDate } from "./format.js";

/**
 * The words of the reminder issue, in the glossary's terms. Paths, logins and keys to write (`cycle:`) come in
 * already shown the Markdown way; dates come in ISO and each language shows them its own way.
 */
const en = {
  title: (cycle: number, deadline: string) => `Management agreements ${cycle}: update by ${deadline}`,
  allUpdated: (cycle: number, total: number) => `Every agreement is updated for the ${cycle} instruction (${total} of ${total}).`,
  overdue: (cycle: number, deadline: string, pending: number, total: number) =>
    `The deadline for the ${cycle} management agreements, **${deadline}**, has passed, and ${pending} of ${total} agreements are not updated yet.`,
  /** `title` is the deadline's title from the catalogue in the issue's language (escaped), or "" for another date than the catalogue's. */
  due: (cycle: number, deadline: string, title: string, pending: number, total: number) =>
    `The ${cycle} management agreements are due by **${deadline}**${title ? `: ${title}` : ""}. ${pending} of ${total} agreements are not updated yet.`,
  whatToDo: (cycle: number, evaluationYear: number | undefined, catalogue: string) =>
    `For each agreement not ticked below: hold the management discussion, update the agreement in a pull request (set \`cycle: ${cycle}\` and \`agreed:\`, ` +
    (evaluationYear === undefined ? "" : `add the evaluation of ${evaluationYear}, `) +
    `review the goals against ${catalogue}), and have both parties approve it. ` +
    "A box is ticked here once the updated agreement is on the default branch.",
  foot: "_This issue is kept up to date by `agreements remind` and closed once every agreement is updated; edits to it are replaced on its next run._",
  doneNotListed: (count: number) => `_${count} updated agreements are not listed, to keep this issue within GitHub's size limit._`,
  moreNotListed: (count: number) => `_… and ${count} more not updated: run \`agreements report\` for the full list._`,
  closing: (cycle: number, total: number) => `Every agreement is now updated for the ${cycle} instruction (${total} of ${total}), so this reminder is closed.`,
  // What one agreement still lacks (the checklist item after its path).
  unreadable: (path: string) => `it cannot be read: run "agreements lint ${path}" to see what to fix`,
  oldCycle: (cycle: number) => `it still answers the ${cycle} instruction`,
  evaluationMissing: (year: number) => `the evaluation of ${year} is missing`,
  evaluationUnfilled: (year: number) => `the evaluation of ${year} is not filled in yet`,
  agreedDate: (cycle: number) => `its agreed: date is not that of a ${cycle} discussion`,
  toBeFilled: "it still has parts marked to be filled in",
};

export type RemindWords = typeof en;

const fi: RemindWords = {
  title: (cycle, deadline) => `Johtamissopimukset ${cycle}: päivitettävä viimeistään ${localDate(deadline, "fi")}`,
  allUpdated: (cycle, total) => `Kaikki sopimukset on päivitetty vuoden ${cycle} ohjeen mukaisiksi (${total}/${total}).`,
  overdue: (cycle, deadline, pending, total) =>
    `Vuoden ${cycle} johtamissopimusten määräaika, **${localDate(deadline, "fi")}**, on mennyt, ja ${pending}/${total} sopimusta on vielä päivittämättä.`,
  due: (cycle, deadline, title, pending, total) =>
    `Vuoden ${cycle} johtamissopimukset on päivitettävä viimeistään **${localDate(deadline, "fi")}**${title ? `: ${title}` : ""}. ${pending}/${total} sopimusta on vielä päivittämättä.`,
  whatToDo: (cycle, evaluationYear, catalogue) =>
    `Jokaisesta sopimuksesta, jota ei ole alla rastitettu: käykää johtamiskeskustelu, päivittäkää sopimus muutosehdotuksessa (pull request) (kirjoita \`cycle: ${cycle}\` ja \`agreed:\`, ` +
    (evaluationYear === undefined ? "" : `lisää vuoden ${evaluationYear} onnistumisen arviointi, `) +
    `käykää tavoitteet läpi ohjeen ${catalogue} valossa) ja pyytäkää kumpaakin osapuolta hyväksymään se. ` +
    "Ruutu rastitetaan tässä, kun päivitetty sopimus on päähaarassa.",
  foot: "_Komento `agreements remind` pitää tämän tehtävän (issue) ajan tasalla ja sulkee sen, kun kaikki sopimukset on päivitetty; siihen tehdyt muokkaukset korvataan seuraavalla ajolla._",
  doneNotListed: (count) => `_${count} päivitettyä sopimusta jätettiin luettelematta, jotta tehtävä mahtuu GitHubin enimmäiskokoon._`,
  moreNotListed: (count) => `_… ja ${count} muuta päivittämätöntä: komento \`agreements report\` luettelee kaikki._`,
  closing: (cycle, total) => `Kaikki sopimukset on nyt päivitetty vuoden ${cycle} ohjeen mukaisiksi (${total}/${total}), joten tämä muistutus suljetaan.`,
  unreadable: (path) => `sitä ei voi lukea: komento "agreements lint ${path}" kertoo, mitä korjata`,
  oldCycle: (cycle) => `se vastaa yhä vuoden ${cycle} ohjetta`,
  evaluationMissing: (year) => `vuoden ${year} onnistumisen arviointi puuttuu`,
  evaluationUnfilled: (year) => `vuoden ${year} onnistumisen arviointia ei ole vielä täytetty`,
  agreedDate: (cycle) => `sen agreed:-päivämäärä ei ole vuoden ${cycle} johtamiskeskustelun`,
  toBeFilled: "siinä on yhä täytettäviksi merkittyjä kohtia",
};

const sv: RemindWords = {
  title: (cycle, deadline) => `Ledningsavtal ${cycle}: uppdateras senast ${localDate(deadline, "sv")}`,
  allUpdated: (cycle, total) => `Alla avtal är uppdaterade enligt anvisningen för ${cycle} (${total} av ${total}).`,
  overdue: (cycle, deadline, pending, total) =>
    `Tidsfristen för ledningsavtalen ${cycle}, **${localDate(deadline, "sv")}**, har gått ut, och ${pending} av ${total} avtal är ännu inte uppdaterade.`,
  due: (cycle, deadline, title, pending, total) =>
    `Ledningsavtalen ${cycle} ska uppdateras senast **${localDate(deadline, "sv")}**${title ? `: ${title}` : ""}. ${pending} av ${total} avtal är ännu inte uppdaterade.`,
  whatToDo: (cycle, evaluationYear, catalogue) =>
    `För varje avtal som inte är förbockat nedan: håll ledningsdiskussionen, uppdatera avtalet i ett ändringsförslag (pull request) (skriv \`cycle: ${cycle}\` och \`agreed:\`, ` +
    (evaluationYear === undefined ? "" : `lägg till utvärderingen av framgången ${evaluationYear}, `) +
    `gå igenom målen mot anvisningen ${catalogue}) och be båda parterna godkänna det. ` +
    "Rutan bockas av här när det uppdaterade avtalet finns i huvudgrenen.",
  foot: "_Kommandot `agreements remind` håller detta ärende (issue) aktuellt och stänger det när alla avtal är uppdaterade; ändringar i det ersätts vid nästa körning._",
  doneNotListed: (count) => `_${count} uppdaterade avtal listas inte, så att ärendet ryms inom GitHubs storleksgräns._`,
  moreNotListed: (count) => `_… och ${count} till som inte är uppdaterade: kommandot \`agreements report\` listar alla._`,
  closing: (cycle, total) => `Alla avtal är nu uppdaterade enligt anvisningen för ${cycle} (${total} av ${total}), så denna påminnelse stängs.`,
  unreadable: (path) => `det kan inte läsas: kommandot "agreements lint ${path}" visar vad som ska rättas`,
  oldCycle: (cycle) => `det svarar fortfarande på anvisningen för ${cycle}`,
  evaluationMissing: (year) => `utvärderingen av framgången ${year} saknas`,
  evaluationUnfilled: (year) => `utvärderingen av framgången ${year} är ännu inte ifylld`,
  agreedDate: (cycle) => `datumet i agreed: är inte datumet för en ledningsdiskussion ${cycle}`,
  toBeFilled: "det har fortfarande delar som är markerade att fyllas i",
};

const WORDS: Readonly<Record<Language, RemindWords>> = { en, fi, sv };

/** The reminder's words in a language (English when none is given: the library's own default). */
export function remindWords(language: Language | undefined): RemindWords {
  return WORDS[language ?? "en"];
}
