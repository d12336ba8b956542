import type { Language } from "./types.js";
import { countOf, listOf } from "./format.js";

type State = "approved" | "author" | "agreed" | "must-agree" | "waiting" | "stale" | "changes-requested";
type Change = "added" | "modified" | "renamed" | "removed";

/** "a", "a and b", "a, b and c": the English of the existing outputs (no serial comma). */
const enList = (items: readonly string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/**
 * The words of the approval state (text, Markdown, commit status) and of the pull request comment, in the
 * glossary's terms. Logins, paths and SHAs come in already shown the medium's way; only the words are here.
 */
const en = {
  /** The catalogue's language, for text it quotes from another catalogue (a file's problem, from the lint's). */
  language: "en" as Language,
  /** Completes "<login> …" in the text output. */
  states: {
    approved: "approved the latest commit",
    author: "opened the pull request and made every commit in it, which counts as consent",
    agreed: "opened the pull request and agreed to the latest commit with /agree",
    "must-agree": "opened the pull request, but someone else pushed to it: must agree to the latest commit with a comment /agree <commit>",
    waiting: "has not approved yet",
    stale: "approved an earlier commit and must approve again",
    "changes-requested": "asked for changes",
  } satisfies Record<State, string>,
  /** The Markdown table's cells. */
  stateLabels: {
    approved: "✅ approved",
    author: "✅ opened the pull request",
    agreed: "✅ agreed with /agree",
    "must-agree": "⏳ someone else pushed: must comment /agree",
    waiting: "⏳ not approved yet",
    stale: "🔄 approved an earlier commit",
    "changes-requested": "❌ asked for changes",
  } satisfies Record<State, string>,
  changes: { added: "added", modified: "changed", renamed: "renamed", removed: "removed" } satisfies Record<Change, string>,
  changeLabels: { added: "new", modified: "changed", renamed: "renamed", removed: "removed" } satisfies Record<Change, string>,
  role: (role: "official" | "superior", previous: boolean): string => (previous ? `previous ${role}` : role),
  previousPrefix: "previous: ",
  from: (path: string) => ` from ${path}`,
  /** "<name> waits for …" when the clause reads on from the name, else "<name>: …". */
  agreementSentence: (name: string, clause: string, continues: boolean) => (continues ? `${name} ${clause}` : `${name}: ${clause}`),
  blockedUnreadable: (line: number, problem: string) => `is blocked: fix the file first (line ${line}: ${problem})`,
  blocked: (problem: string) => `is blocked: ${problem}`,
  // Why the whole pull request, or one agreement, cannot be approved (scripts/pull-request/approvals/evaluate.ts).
  tooManyFiles: (listed: number, total: number) =>
    `GitHub lists only ${listed} of the ${total} files this pull request changes, so the agreements among the others cannot be checked; split it into smaller pull requests.`,
  noMaintainers: (files: string) =>
    `This pull request changes the files that set the rules (${files}), but the config on the base branch names no maintainers who could approve that; add "maintainers" to the config first.`,
  headMissing: { message: "The pull request's version of this agreement could not be read.", hint: "Run the check again; if it keeps failing, report it." },
  baseMissing: {
    message: "The agreement's version before this pull request could not be read, so who must consent to removing it is unknown.",
    hint: "Run the check again; if it keeps failing, report it.",
  },
  missingLogin: { message: "A party of this agreement has no GitHub user name, so nobody can consent for them.", hint: "Write each party's GitHub user name under parties: … github:." },
  samePerson: (login: string) => ({
    message: `The same person (@${login}) is named as both the official and the superior; an agreement needs two different people.`,
    hint: "Name the superior's own GitHub user name under parties: superior: github:.",
  }),
  /** `at`: where the base version's own problem is, when it was read at all. */
  baseUnreadable: (at: { line: number; problem: string } | undefined) => ({
    message: `The agreement's version on the base branch cannot be read${at === undefined ? "" : ` (line ${at.line}: ${at.problem})`}, so who must consent to changing it is unknown.`,
    hint: "Ask a maintainer to fix the agreement on the base branch first; then this change can be approved.",
  }),
  frontMatterUnreadable: { message: "The front matter cannot be read.", hint: "Run `agreements lint` on the file to see what to fix." },
  satisfied: (previousToo: boolean): string => (previousToo ? "has the consent of both parties and of the previous parties" : "has the consent of both parties"),
  askedForChanges: (who: readonly string[]) => `${enList(who)} asked for changes`,
  waitsFor: (who: readonly string[]) => `waits for ${enList(who)}`,
  staleNote: "; approved an earlier commit",
  mustAgreeNote: "; someone else pushed: comment /agree and the latest commit's SHA",
  partiesChanged: "the parties named in the agreement were changed: the previous parties must also approve",
  noneChanged: "No agreement changed, so no party's consent is needed",
  allSatisfied: (total: number): string => (total === 1 ? "The changed agreement has the consent of both parties" : `All ${total} changed agreements have the consent of both parties`),
  someSatisfied: (done: number, total: number) =>
    `${done} of ${total} changed agreement${total === 1 ? "" : "s"} ${done === 1 ? "has" : "have"} the consent of both parties`,
  otherFiles: (count: number): string =>
    count === 1
      ? "1 other changed file is not an agreement: no party's consent is needed for it."
      : `${count} other changed files are not agreements: no party's consent is needed for them.`,
  moreFiles: (count: number) => `, and ${count} more`,
  rulesApproved: (files: string) => `A maintainer approved the change to the files that set the rules (${files}).`,
  rulesNeeded: (files: string, maintainers: readonly string[]) =>
    `This pull request changes the files that set the rules (${files}): one of the maintainers (${enList(maintainers)}) other than its author must approve the latest commit.`,
  moreWaiting: (count: number): string => (count === 1 ? "; 1 more agreement waits." : `; ${count} more agreements wait.`),
  pullRequestLine: (pr: number, sha: string, totals: string) => `Pull request #${pr} (latest commit ${sha}): ${totals}.`,
  authorConsents: (agree: string) => `The author consents to the latest commit by commenting exactly: ${agree}`,
  heading: "## Approval by both parties",
  rule: (sha: string) =>
    "Each changed agreement needs the consent of both parties named in it: an approving review of the latest commit " +
    `(${sha}); the author's consent is having opened the pull request and made every commit in it, or, once someone else pushed, a comment \`/agree\` with the latest commit's SHA. An approval given before a later push must be given again.`,
  tableHead: "| Agreement | Official | Superior | Status |\n| --- | --- | --- | --- |",
  ready: "✅ ready",
  // The pull request comment.
  approvalTable: "the approval table",
  agreementNoun: ["agreement", "agreements"] as readonly [string, string],
  changesHeading: "the heading of the changes",
  changesIn: (path: string) => `the changes in ${path}`,
  changesWhole: "the changes in the agreements",
  lintTable: "the lint table",
  findingNoun: ["finding", "findings"] as readonly [string, string],
  lintHeading: "## Lint",
  lintClean: (checked: number) => `✅ No problems in the files this pull request changes (${countOf("en", checked, { one: "file", other: "files" })} checked).`,
  lintTotals: (errors: number, warnings: number, files: number, checked: number) =>
    `**${countOf("en", errors, { one: "error", other: "errors" })}** and **${countOf("en", warnings, { one: "warning", other: "warnings" })}** in ${countOf("en", files, { one: "file", other: "files" })} this pull request changes (${countOf("en", checked, { one: "file", other: "files" })} checked).`,
  lintElsewhere: (count: number) => `${countOf("en", count, { one: "more finding", other: "more findings" })} in files this pull request does not change: \`npx agreements lint\` lists them.`,
  lintColumns: "| Where | Severity | Rule | Problem and how to fix it |\n| --- | --- | --- | --- |",
  severity: { error: "error", warning: "warning" },
  cutPart: (cut: number, total: number, noun: readonly [string, string], label: string) => `${cut} of ${total} ${total === 1 ? noun[0] : noun[1]} in ${label}`,
  cutShortened: (parts: string) => `✂️ **This comment was shortened** to stay within GitHub's limit on a comment's length. Left out: ${parts}.`,
  cutMore: (count: number) => `and ${count} more`,
  cutWhereLinked: (url: string) => `Everything is in [the summary of the workflow run](${url}).`,
  cutWhere: "Everything is in the summary of the workflow run that wrote this comment (the pull request's Checks tab).",
};

export type ApprovalWords = typeof en;

const fi: ApprovalWords = {
  language: "fi",
  states: {
    approved: "hyväksyi viimeisimmän muutoksen (commit)",
    author: "avasi muutosehdotuksen (pull request) ja teki kaikki sen muutokset, mikä lasketaan suostumukseksi",
    agreed: "avasi muutosehdotuksen ja suostui viimeisimpään muutokseen kommentilla /agree",
    "must-agree": "avasi muutosehdotuksen, mutta joku muu lisäsi siihen muutoksia: suostumus viimeisimpään muutokseen annetaan kommentilla /agree <commit>",
    waiting: "ei ole vielä hyväksynyt",
    stale: "hyväksyi aiemman muutoksen ja hyväksyy uudelleen",
    "changes-requested": "pyysi muutoksia",
  },
  stateLabels: {
    approved: "✅ hyväksynyt",
    author: "✅ avasi muutosehdotuksen",
    agreed: "✅ suostui kommentilla /agree",
    "must-agree": "⏳ joku muu lisäsi muutoksia: kommentoi /agree",
    waiting: "⏳ ei vielä hyväksynyt",
    stale: "🔄 hyväksyi aiemman muutoksen",
    "changes-requested": "❌ pyysi muutoksia",
  },
  changes: { added: "lisätty", modified: "muutettu", renamed: "nimetty uudelleen", removed: "poistettu" },
  changeLabels: { added: "uusi", modified: "muutettu", renamed: "nimetty uudelleen", removed: "poistettu" },
  role: (role, previous) => `${previous ? "edellinen " : ""}${role === "official" ? "virkamies" : "esihenkilö"}`,
  previousPrefix: "edellinen: ",
  from: (path) => ` (ennen ${path})`,
  agreementSentence: (name, clause) => `${name}: ${clause}`,
  blockedUnreadable: (line, problem) => `estetty: korjaa ensin tiedosto (rivi ${line}: ${problem})`,
  blocked: (problem) => `estetty: ${problem}`,
  tooManyFiles: (listed, total) =>
    `GitHub luettelee vain ${listed} tämän muutosehdotuksen muuttamasta ${total} tiedostosta, joten muiden joukossa olevia sopimuksia ei voida tarkistaa; jaa se pienempiin muutosehdotuksiin.`,
  noMaintainers: (files) =>
    `Tämä muutosehdotus muuttaa sääntöjä määrääviä tiedostoja (${files}), mutta kohdehaaran asetuksissa ei ole nimetty ylläpitäjiä, jotka voisivat hyväksyä sen; lisää asetuksiin ensin \`maintainers\`.`,
  headMissing: { message: "Muutosehdotuksen versiota tästä sopimuksesta ei voitu lukea.", hint: "Aja tarkistus uudelleen; jos se epäonnistuu yhä, ilmoita siitä." },
  baseMissing: {
    message: "Sopimuksen versiota ennen tätä muutosehdotusta ei voitu lukea, joten ei tiedetä, kenen on suostuttava sen poistamiseen.",
    hint: "Aja tarkistus uudelleen; jos se epäonnistuu yhä, ilmoita siitä.",
  },
  missingLogin: { message: "Sopimuksen osapuolella ei ole GitHub-käyttäjätunnusta, joten kukaan ei voi antaa suostumusta hänen puolestaan.", hint: "Kirjoita kummankin osapuolen GitHub-käyttäjätunnus kohtaan `parties: … github:`." },
  samePerson: (login) => ({
    message: `Sama henkilö (@${login}) on merkitty sekä virkamieheksi että esihenkilöksi; sopimukseen tarvitaan kaksi eri henkilöä.`,
    hint: "Kirjoita esihenkilön oma GitHub-käyttäjätunnus kohtaan `parties: superior: github:`.",
  }),
  baseUnreadable: (at) => ({
    message: `Sopimuksen versiota kohdehaarassa ei voida lukea${at === undefined ? "" : ` (rivi ${at.line}: ${at.problem})`}, joten ei tiedetä, kenen on suostuttava sen muuttamiseen.`,
    hint: "Pyydä ylläpitäjää korjaamaan sopimus ensin kohdehaarassa; sen jälkeen tämä muutos voidaan hyväksyä.",
  }),
  frontMatterUnreadable: { message: "Tiedoston alun tietoja ei voida lukea.", hint: "Aja `agreements lint` tiedostolle nähdäksesi, mitä pitää korjata." },
  satisfied: (previousToo) => (previousToo ? "kummankin osapuolen ja edellisten osapuolten suostumus on annettu" : "kummankin osapuolen suostumus on annettu"),
  askedForChanges: (who) => `${listOf("fi", who)} pyysi muutoksia`,
  waitsFor: (who) => `odottaa: ${listOf("fi", who)}`,
  staleNote: "; hyväksyi aiemman muutoksen",
  mustAgreeNote: "; joku muu lisäsi muutoksia: kommentoi /agree ja viimeisimmän muutoksen SHA-tunniste",
  partiesChanged: "sopimuksen osapuolia muutettiin: myös edellisten osapuolten on hyväksyttävä",
  noneChanged: "Yhtään sopimusta ei muutettu, joten osapuolten suostumusta ei tarvita",
  allSatisfied: (total) =>
    total === 1 ? "Muutetulla sopimuksella on kummankin osapuolen suostumus" : `Kaikilla ${total} muutetulla sopimuksella on kummankin osapuolen suostumus`,
  someSatisfied: (done, total) => `${done}/${total} muutetusta sopimuksesta on saanut kummankin osapuolen suostumuksen`,
  otherFiles: (count) =>
    count === 1
      ? "1 muu muutettu tiedosto ei ole sopimus: osapuolten suostumusta ei tarvita."
      : `${count} muuta muutettua tiedostoa eivät ole sopimuksia: osapuolten suostumusta ei tarvita.`,
  moreFiles: (count) => ` ja ${count} muuta`,
  rulesApproved: (files) => `Ylläpitäjä hyväksyi sääntöjä määräävien tiedostojen muutoksen (${files}).`,
  rulesNeeded: (files, maintainers) =>
    `Tämä muutosehdotus muuttaa sääntöjä määrääviä tiedostoja (${files}): jonkun ylläpitäjistä (${listOf("fi", maintainers)}), joka ei ole sen tekijä, on hyväksyttävä viimeisin muutos.`,
  moreWaiting: (count) => (count === 1 ? "; 1 muu sopimus odottaa." : `; ${count} muuta sopimusta odottaa.`),
  pullRequestLine: (pr, sha, totals) => `Muutosehdotus #${pr} (viimeisin muutos ${sha}): ${totals}.`,
  authorConsents: (agree) => `Tekijä suostuu viimeisimpään muutokseen kommentoimalla täsmälleen: ${agree}`,
  heading: "## Kummankin osapuolen hyväksyntä",
  rule: (sha) =>
    "Jokainen muutettu sopimus tarvitsee kummankin siinä nimetyn osapuolen suostumuksen: hyväksyvän katselmoinnin (review) viimeisimmästä muutoksesta " +
    `(${sha}). Tekijän suostumus on se, että hän avasi muutosehdotuksen ja teki kaikki sen muutokset, tai, jos joku muu lisäsi muutoksia, kommentti \`/agree\` ja viimeisimmän muutoksen SHA-tunniste. Ennen myöhempää muutosta annettu hyväksyntä annetaan uudelleen.`,
  tableHead: "| Sopimus | Virkamies | Esihenkilö | Tila |\n| --- | --- | --- | --- |",
  ready: "✅ valmis",
  approvalTable: "hyväksyntätaulukko",
  agreementNoun: ["sopimus", "sopimusta"],
  changesHeading: "muutosten otsikko",
  changesIn: (path) => `muutokset tiedostossa ${path}`,
  changesWhole: "sopimusten muutokset",
  lintTable: "tarkistuksen taulukko",
  findingNoun: ["havainto", "havaintoa"],
  lintHeading: "## Tarkistus",
  lintClean: (checked) => `✅ Tämän muutosehdotuksen muuttamissa tiedostoissa ei ole huomautettavaa (${countOf("fi", checked, { one: "tiedosto", other: "tiedostoa" })} tarkistettu).`,
  lintTotals: (errors, warnings, files, checked) =>
    `**${countOf("fi", errors, { one: "virhe", other: "virhettä" })}** ja **${countOf("fi", warnings, { one: "varoitus", other: "varoitusta" })}** ${files} tiedostossa, joita tämä muutosehdotus muuttaa (${countOf("fi", checked, { one: "tiedosto", other: "tiedostoa" })} tarkistettu).`,
  lintElsewhere: (count) => `${countOf("fi", count, { one: "havainto", other: "havaintoa" })} lisää tiedostoissa, joita tämä muutosehdotus ei muuta: \`npx agreements lint\` luettelee ne.`,
  lintColumns: "| Kohta | Vakavuus | Sääntö | Ongelma ja miten sen korjaa |\n| --- | --- | --- | --- |",
  severity: { error: "virhe", warning: "varoitus" },
  cutPart: (cut, total, noun, label) => `${cut}/${total} ${total === 1 ? noun[0] : noun[1]} (${label})`,
  cutShortened: (parts) => `✂️ **Tätä kommenttia lyhennettiin**, jotta se mahtuu GitHubin kommentin enimmäispituuteen. Pois jätettiin: ${parts}.`,
  cutMore: (count) => `ja ${count} muuta`,
  cutWhereLinked: (url) => `Kaikki on [työnkulun ajon yhteenvedossa](${url}).`,
  cutWhere: "Kaikki on tämän kommentin kirjoittaneen työnkulun ajon yhteenvedossa (muutosehdotuksen Checks-välilehti).",
};

const sv: ApprovalWords = {
  language: "sv",
  states: {
    approved: "godkände den senaste ändringen (commit)",
    author: "öppnade ändringsförslaget (pull request) och gjorde alla ändringar i det, vilket räknas som samtycke",
    agreed: "öppnade ändringsförslaget och samtyckte till den senaste ändringen med /agree",
    "must-agree": "öppnade ändringsförslaget, men någon annan lade till ändringar: samtycket till den senaste ändringen ges med en kommentar /agree <commit>",
    waiting: "har inte godkänt ännu",
    stale: "godkände en tidigare ändring och ska godkänna på nytt",
    "changes-requested": "bad om ändringar",
  },
  stateLabels: {
    approved: "✅ godkänt",
    author: "✅ öppnade ändringsförslaget",
    agreed: "✅ samtyckte med /agree",
    "must-agree": "⏳ någon annan lade till ändringar: kommentera /agree",
    waiting: "⏳ inte godkänt ännu",
    stale: "🔄 godkände en tidigare ändring",
    "changes-requested": "❌ bad om ändringar",
  },
  changes: { added: "tillagt", modified: "ändrat", renamed: "nytt namn", removed: "borttaget" },
  changeLabels: { added: "nytt", modified: "ändrat", renamed: "nytt namn", removed: "borttaget" },
  role: (role, previous) => `${previous ? "tidigare " : ""}${role === "official" ? "tjänsteman" : "överordnad"}`,
  previousPrefix: "tidigare: ",
  from: (path) => ` (tidigare ${path})`,
  agreementSentence: (name, clause) => `${name}: ${clause}`,
  blockedUnreadable: (line, problem) => `blockerat: rätta först filen (rad ${line}: ${problem})`,
  blocked: (problem) => `blockerat: ${problem}`,
  tooManyFiles: (listed, total) =>
    `GitHub listar bara ${listed} av de ${total} filer som detta ändringsförslag ändrar, så avtalen bland de övriga kan inte kontrolleras; dela upp det i mindre ändringsförslag.`,
  noMaintainers: (files) =>
    `Detta ändringsförslag ändrar filerna som bestämmer reglerna (${files}), men inställningarna i målgrenen namnger inga förvaltare som kunde godkänna det; lägg först till \`maintainers\` i inställningarna.`,
  headMissing: { message: "Ändringsförslagets version av detta avtal kunde inte läsas.", hint: "Kör kontrollen på nytt; om den fortsätter att misslyckas, rapportera det." },
  baseMissing: {
    message: "Avtalets version före detta ändringsförslag kunde inte läsas, så det är okänt vem som ska samtycka till att det tas bort.",
    hint: "Kör kontrollen på nytt; om den fortsätter att misslyckas, rapportera det.",
  },
  missingLogin: { message: "En part i avtalet har inget GitHub-användarnamn, så ingen kan samtycka för hen.", hint: "Skriv båda parternas GitHub-användarnamn under `parties: … github:`." },
  samePerson: (login) => ({
    message: `Samma person (@${login}) anges både som tjänsteman och som överordnad; ett avtal behöver två olika personer.`,
    hint: "Skriv den överordnades eget GitHub-användarnamn under `parties: superior: github:`.",
  }),
  baseUnreadable: (at) => ({
    message: `Avtalets version i målgrenen kan inte läsas${at === undefined ? "" : ` (rad ${at.line}: ${at.problem})`}, så det är okänt vem som ska samtycka till att det ändras.`,
    hint: "Be en förvaltare att först rätta avtalet i målgrenen; sedan kan denna ändring godkännas.",
  }),
  frontMatterUnreadable: { message: "Uppgifterna i början av filen kan inte läsas.", hint: "Kör `agreements lint` på filen för att se vad som ska rättas." },
  satisfied: (previousToo) => (previousToo ? "båda parterna och de tidigare parterna har samtyckt" : "båda parterna har samtyckt"),
  askedForChanges: (who) => `${listOf("sv", who)} bad om ändringar`,
  waitsFor: (who) => `väntar på ${listOf("sv", who)}`,
  staleNote: "; godkände en tidigare ändring",
  mustAgreeNote: "; någon annan lade till ändringar: kommentera /agree och den senaste ändringens SHA",
  partiesChanged: "parterna i avtalet ändrades: också de tidigare parterna ska godkänna",
  noneChanged: "Inget avtal ändrades, så parternas samtycke behövs inte",
  allSatisfied: (total) => (total === 1 ? "Båda parterna har samtyckt till det ändrade avtalet" : `Båda parterna har samtyckt till alla ${total} ändrade avtal`),
  someSatisfied: (done, total) => `Båda parterna har samtyckt till ${done} av ${total} ändrade avtal`,
  otherFiles: (count) =>
    count === 1
      ? "1 annan ändrad fil är inte ett avtal: parternas samtycke behövs inte för den."
      : `${count} andra ändrade filer är inte avtal: parternas samtycke behövs inte för dem.`,
  moreFiles: (count) => ` och ${count} till`,
  rulesApproved: (files) => `En förvaltare godkände ändringen av filerna som bestämmer reglerna (${files}).`,
  rulesNeeded: (files, maintainers) =>
    `Detta ändringsförslag ändrar filerna som bestämmer reglerna (${files}): en av förvaltarna (${listOf("sv", maintainers)}), någon annan än dess författare, ska godkänna den senaste ändringen.`,
  moreWaiting: (count) => (count === 1 ? "; 1 avtal till väntar." : `; ${count} avtal till väntar.`),
  pullRequestLine: (pr, sha, totals) => `Ändringsförslag #${pr} (senaste ändring ${sha}): ${totals}.`,
  authorConsents: (agree) => `Författaren samtycker till den senaste ändringen genom att kommentera exakt: ${agree}`,
  heading: "## Godkännande av båda parterna",
  rule: (sha) =>
    "Varje ändrat avtal behöver samtycke av båda parterna som nämns i det: en godkännande granskning (review) av den senaste ändringen " +
    `(${sha}). Författarens samtycke är att ha öppnat ändringsförslaget och gjort alla ändringar i det, eller, om någon annan lade till ändringar, en kommentar \`/agree\` med den senaste ändringens SHA. Ett godkännande som gavs före en senare ändring ges på nytt.`,
  tableHead: "| Avtal | Tjänsteman | Överordnad | Läge |\n| --- | --- | --- | --- |",
  ready: "✅ klart",
  approvalTable: "tabellen över godkännanden",
  agreementNoun: ["avtal", "avtal"],
  changesHeading: "rubriken för ändringarna",
  changesIn: (path) => `ändringarna i ${path}`,
  changesWhole: "ändringarna i avtalen",
  lintTable: "kontrollens tabell",
  findingNoun: ["fynd", "fynd"],
  lintHeading: "## Kontroll",
  lintClean: (checked) => `✅ Inga problem i filerna som detta ändringsförslag ändrar (${countOf("sv", checked, { one: "fil kontrollerad", other: "filer kontrollerade" })}).`,
  lintTotals: (errors, warnings, files, checked) =>
    `**${countOf("sv", errors, { one: "fel", other: "fel" })}** och **${countOf("sv", warnings, { one: "varning", other: "varningar" })}** i ${countOf("sv", files, { one: "fil", other: "filer" })} som detta ändringsförslag ändrar (${countOf("sv", checked, { one: "fil kontrollerad", other: "filer kontrollerade" })}).`,
  lintElsewhere: (count) => `${countOf("sv", count, { one: "fynd", other: "fynd" })} till i filer som detta ändringsförslag inte ändrar: \`npx agreements lint\` listar dem.`,
  lintColumns: "| Var | Allvarlighet | Regel | Problemet och hur det rättas |\n| --- | --- | --- | --- |",
  severity: { error: "fel", warning: "varning" },
  cutPart: (cut, total, noun, label) => `${cut} av ${total} ${total === 1 ? noun[0] : noun[1]} (${label})`,
  cutShortened: (parts) => `✂️ **Kommentaren förkortades** för att hålla sig inom GitHubs gräns för en kommentars längd. Utelämnat: ${parts}.`,
  cutMore: (count) => `och ${count} till`,
  cutWhereLinked: (url) => `Allt finns i [sammanfattningen av arbetsflödets körning](${url}).`,
  cutWhere: "Allt finns i sammanfattningen av arbetsflödets körning som skrev denna kommentar (ändringsförslagets flik Checks).",
};

const WORDS: Readonly<Record<Language, ApprovalWords>> = { en, fi, sv };

/** The approval and comment words in a language (English when none is given: the library's own default). */
export function approvalWords(language: Language | undefined): ApprovalWords {
  return WORDS[language ?? "en"];
}
