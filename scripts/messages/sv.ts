import { cataloguePath } from "../layout/paths.js";
import type { en } from "./en.js";
import { countOf, localDate } from "./format.js";
import { readingSv } from "./reading-sv.js";

// The Ministry of Finance's Swedish terms (the 2020 instruction; see GLOSSARY.md); ratings as the report names them. YAML keys and values
// (agreed:, none) stay as they must be written in the file; dates are shown the Finnish-Swedish way (30.4.2020).
const d = (iso: string) => localDate(iso, "sv");
const evaluationOf = (year: string | undefined) => (year === undefined ? "utvärderingen" : `utvärderingen av ${year}`);

const BROKEN_LINK_HINT =
  "Kontrollera stavningen och antalet ../ i adressen: den räknas från den här filens mapp. " +
  "En länk till en webbsida behöver hela adressen, som börjar med https://.";
const NOT_UPDATED_HINT =
  "Håll ledningsdiskussionen och uppdatera sedan avtalet enligt den nyare anvisningen: skriv cycle: och agreed:, " +
  "gå igenom målen mot anvisningens gemensamma mål och lägg till utvärderingen av framgången för föregående år.";
const AGREED_HINT = "Kontrollera agreed: (datum för ledningsdiskussionen) och term:. Ett avtal för en ny mandatperiod är ett nytt avtal.";
const EVALUATION_DATE_HINT =
  "Kontrollera utvärderingens date: (dagen för den diskussion där året utvärderades). En utvärdering får komma högst ett år efter att mandatperioden har löpt ut.";
const WHAT = { goal: "målet", deadline: "tidsfristen", section: "avsnittet" } as const;

// The catalogue's `decision` text is English (goals/<year>.md has one language), so the bonus message names the years instead.
// Typed by the English catalogue (not by catalogue.ts, which imports this file): a missing key is a compile error.
export const sv: typeof en = {
  ...readingSv,
  "tool-fault": (p) => ({
    message: `Kontrollen "${p.rule}" kunde inte köras på den här filen (${p.reason}).`,
    hint: "Felet ligger i verktyget, inte i filen: meddela det till förvaltarna tillsammans med det här meddelandet.",
  }),
  "agreed-in-cycle.before-previous-deadline": (p) => ({
    message: `Enligt den här versionen avtalades den ${d(p.agreed)}, före tidsfristen för ${p.cycle - 1} (${d(p.previousDeadline)}), så den kan inte besvara anvisningen för ${p.cycle}.`,
    hint: `Skriv under agreed: datum för den ledningsdiskussion där den här versionen avtalades för ${p.cycle}, eller sätt tillbaka cycle: till det år som diskussionen gällde.`,
  }),
  "agreed-in-cycle.too-early": (p) => ({
    message: `Enligt den här versionen avtalades den ${d(p.agreed)}, för tidigt för att besvara anvisningen för ${p.cycle} (dess ledningsdiskussioner hålls från och med ${d(p.earliest)}).`,
    hint: `Skriv under agreed: datum för den ledningsdiskussion där den här versionen avtalades för ${p.cycle}, eller sätt tillbaka cycle: till det år som diskussionen gällde.`,
  }),
  "agreed-in-cycle.after-term": (p) => ({
    message: `Enligt den här versionen avtalades den ${d(p.agreed)}, efter att tjänstemannens mandatperiod löpte ut (${d(p.termEnd)}).`,
    hint: AGREED_HINT,
  }),
  "bonus-not-applicable": (p) => ({
    message: `Utvärderingen av ${p.year} har bonus: ${p.bonus}, men för ${p.year} fanns inget resultatpremiesystem (${`${p.path} anger utvärderingsåren ${p.years} som år utan det`}).`,
    hint: `Skriv bonus: none i utvärderingen av ${p.year}. Resultatpremie kan bara föreslås för andra år än ${p.years}.`,
  }),
  "broken-link.outside": (p) => ({ message: `Länken "${p.url}" pekar utanför förrådet.`, hint: BROKEN_LINK_HINT }),
  "broken-link.nowhere": (p) => ({ message: `Länken "${p.url}" leder ingenstans: ${p.path} finns inte.`, hint: BROKEN_LINK_HINT }),
  "catalogue.file-name": (p) => ({
    message: `Målkatalogen för ${p.cycle} finns i filen ${p.path}; avtalen söker den i ${cataloguePath(p.cycle)}.`,
    hint: `Byt namn på filen till ${cataloguePath(p.cycle)}, eller rätta cycle: om året är fel.`,
  }),
  "catalogue.update-deadline": (p) => ({
    message: `updateDeadline hänvisar till tidsfristen "${p.deadline}", som inte finns bland tidsfristerna.${p.suggestion ? ` Menade du "${p.suggestion}"?` : ""}`,
    hint: `Använd beteckningen för den tidsfrist då de uppdaterade avtalen ska lämnas in; tidsfristerna här är: ${p.ids.join(", ")}.`,
  }),
  "catalogue.duplicate-id": (p) => ({
    message: `Beteckningen "${p.id}" för ${WHAT[p.what]} förekommer mer än en gång i den här katalogen.`,
    hint: "Avtalen hänvisar till beteckningen, så varje beteckning får förekomma bara en gång. Byt beteckning eller ta bort den här.",
  }),
  "catalogue.without-bonus-range": (p) => ({
    message: `Åren utan resultatpremie går från ${p.from} till ${p.to}, alltså slutar de innan de börjar.`,
    hint: "Skriv det tidigare året i from: och det senare i to: (båda åren inräknade).",
  }),
  "comment-in-value": (p) => ({
    message: `Tecknet # här inleder en kommentar, så värdet för ${p.key === undefined ? "den här punkten" : p.key} är bara "${p.value}": resten av raden hör inte till det.`,
    hint: `Sätt hela värdet inom citattecken: ${p.key === undefined ? "- " : `${p.key}: `}"${p.full}".`,
  }),
  "common-goals-missing": (p) => ({
    message: "Avtalet har inget av statsförvaltningens gemensamma mål för ledningen: inget av dess mål har section: common.",
    hint: `Lägg till de gemensamma mål som valdes i ledningsdiskussionen, vart och ett med section: common och common: <målets beteckning> från ${p.path} (till exempel ${p.examples.join(", ")}).`,
  }),
  "criteria-missing": (p) => ({
    message: `Målet "${p.goal}" har inga kriterier. Anvisningen för ${p.cycle} kräver tydliga kriterier för varje mål, eftersom resultatpremien grundar sig på dem.`,
    hint: "Ange under criteria: vad som räknas som utmärkt (excellent), god (good) och nöjaktig (satisfactory), till exempel criteria: { excellent: \">= 15\", good: \">= 12\", satisfactory: \">= 8\" }.",
  }),
  "duplicate-goal-id": (p) => ({
    message: `Mål ${p.number} har beteckningen "${p.id}", som mål ${p.first} redan har.`,
    hint: "Ge varje mål en egen beteckning, till exempel genom att lägga till ett ord som skiljer det här målet från de andra; behåll beteckningen för det mål som fanns först.",
  }),
  "evaluation-missing": (p) => ({
    message: `Utvärderingen av framgången för ${p.year} saknas. Anvisningen för ${p.cycle} (${p.path}) kräver den i samband med den här uppdateringen.`,
    hint: `Lägg under evaluations: till utvärderingen av ${p.year} från ledningsdiskussionen: year: ${p.year}, date, rating, summary och bonus.`,
  }),
  "id-file-name": (p) => ({
    message: `Avtalets beteckning är "${p.id}", men filen heter ${p.name}.md.`,
    hint: `Byt namn på filen till ${p.id}.md, eller skriv id: ${p.name} om det är avtalets beteckning (en beteckning används aldrig på nytt för ett annat avtal).`,
  }),
  "late-update": (p) => ({
    message: `Den här versionen avtalades ${d(p.agreed)}, efter tidsfristen i anvisningen för ${p.cycle} (${d(p.deadline)}).`,
    hint:
      "Kontrollera att agreed: är datum för ledningsdiskussionen. Om uppdateringen verkligen var sen, nämn det vid inlämningen " +
      "till finansministeriet; planera nästa år diskussionen före tidsfristen.",
  }),
  "legacy-model": () => ({
    message: "Det här avtalet följer fortfarande den gamla avtalsmodellen (från tiden före 2017).",
    hint:
      "För över avtalet till 2017 års modell vid nästa uppdatering och skriv model: \"2017\". 2017 års modell har fyra avsnitt: " +
      "statsförvaltningens gemensamma mål för ledningen, resultatmål (kopplade till resultatavtalet), ledning och ledarskap " +
      "samt personlig utveckling.",
  }),
  "measures-missing": (p) => ({
    message: `Det gemensamma målet "${p.goal}"${p.common ? ` (${p.common})` : ""} har inga utvecklingsåtgärder.`,
    hint: "Räkna under measures: upp de utvecklingsåtgärder som avtalades i ledningsdiskussionen, en per rad efter tecknet - .",
  }),
  "meters-missing": (p) => ({
    message: `Målet "${p.goal}" har inga mätare. Anvisningen för ${p.cycle} kräver tydliga mätare för varje mål, eftersom resultatpremien grundar sig på dem.`,
    hint: "Lägg under meters: till minst en mätare som avtalades i ledningsdiskussionen, till exempel - { name: Antal rotationsperioder, target: \"12\" }.",
  }),
  "ministry-folder": (p) => ({
    message: `Avtalet anger ministry: ${p.ministry}, men det ligger i mappen agreements/${p.folder}/.`,
    hint: `Flytta filen till agreements/${p.expected}/, eller rätta ministry: till koden för det ministerium vars mapp filen ligger i.`,
  }),
  "not-updated.overdue": (p) => ({
    message: `Det här avtalet besvarar fortfarande anvisningen för ${p.cycle}, men anvisningen för ${p.newer} krävde uppdaterade avtal senast ${d(p.deadline)}.`,
    hint: NOT_UPDATED_HINT,
  }),
  "not-updated.upcoming": (p) => ({
    message: `Det här avtalet besvarar fortfarande anvisningen för ${p.cycle}; anvisningen för ${p.newer} kräver uppdaterade avtal senast ${d(p.deadline)} (${p.daysLeft === 0 ? "i dag är sista dagen" : `${countOf("sv", p.daysLeft, { one: "dag", other: "dagar" })} kvar`}).`,
    hint: NOT_UPDATED_HINT,
  }),
  "parties-distinct": (p) => ({
    message: `Samma GitHub-användare (@${p.login}) anges både som tjänsteman och som chef; ett avtal ingås mellan två personer.`,
    hint: "Skriv chefens eget GitHub-användarnamn under parties: superior: github: (stora och små bokstäver gör det inte till en annan användare).",
  }),
  "personal-identity-code": (p) => ({
    message: `Texten innehåller en finsk personbeteckning (${p.masked}).`,
    hint:
      "Ta bort personbeteckningen: ett avtal nämner personer vid namn men identifierar dem aldrig med personbeteckning. " +
      "Om beteckningen redan har sparats i versionshistoriken, be förrådets administratörer att ta bort den också ur Git-historiken.",
  }),
  "sections-missing": (p) => ({
    message: `I avtalets text saknas ${p.missing.length === 1 ? "avsnittet" : "avsnitten"} ${p.missing.map((name) => `"${name}"`).join(", ")}.`,
    hint:
      `Lägg till en rubrik för varje avsnitt som saknas, till exempel "## ${p.missing[0]}". En rubrik godkänns när den börjar med ` +
      `avsnittets namn på avtalets språk (${{ sv: "svenska", fi: "finska", en: "engelska" }[p.language]}); alla godkända namn finns under sections: i ${cataloguePath(p.cycle)}.`,
  }),
  "sections-missing.other-language": (p) => ({
    message: `Rubrikerna är på ${{ sv: "svenska", fi: "finska", en: "engelska" }[p.written]}, men avtalet anger language: ${p.language}.`,
    hint: `Skriv language: ${p.written}, eller översätt rubrikerna till ${{ sv: "svenska", fi: "finska", en: "engelska" }[p.language]}.`,
  }),
  "sections-missing.misspelt": (p) => ({
    message: `Rubriken "${p.heading}" är inte namnet på något avsnitt i avtalsmodellen.`,
    hint: `Menade du "${p.closest}"? Skriv rubriken som "## ${p.closest}".`,
  }),
  "term-dates.reversed": (p) => ({
    message: `Mandatperioden slutar (${d(p.end)}) innan den börjar (${d(p.start)}).`,
    hint: "Kontrollera att term: start är avtalets första dag och end dess sista; datumen kan ha bytt plats.",
  }),
  "term-dates.agreed-before-term": (p) => ({
    message: `Avtalet avtalades ${d(p.agreed)}, innan mandatperioden börjar (${d(p.start)}).`,
    hint: AGREED_HINT,
  }),
  "term-dates.evaluation-before-term": (p) => ({
    message: `Utvärderingen av ${p.year} är daterad ${d(p.date)}, innan mandatperioden börjar (${d(p.start)}).`,
    hint: EVALUATION_DATE_HINT,
  }),
  "term-dates.evaluation-after-term": (p) => ({
    message: `Utvärderingen av ${p.year} är daterad ${d(p.date)}, mer än ett år efter att mandatperioden löpte ut (${d(p.end)}).`,
    hint: EVALUATION_DATE_HINT,
  }),
  "to-be-filled.github": (p) => ({
    message: `GitHub-användarnamnet för ${p.party === "official" ? "tjänstemannen" : p.party === "superior" ? "chefen" : "en part"} är fortfarande to-be-filled.`,
    hint: "Skriv partens GitHub-användarnamn utan @.",
  }),
  "to-be-filled.rating": (p) => ({
    message: `Bedömningen (rating) i ${evaluationOf(p.year)} är fortfarande to-be-filled.`,
    hint: "Skriv den bedömning som avtalades i ledningsdiskussionen: excellent (utmärkt), good (god), satisfactory (nöjaktig) eller poor (svag).",
  }),
  "to-be-filled.bonus": (p) => ({
    message: `Resultatpremien (bonus) i ${evaluationOf(p.year)} är fortfarande to-be-filled.`,
    hint: "Skriv none (ingen resultatpremie) eller, om året har resultatpremiesystem, proposed (föreslagen), granted (beviljad) eller not-granted (inte beviljad).",
  }),
  "to-be-filled.front-matter": (p) => ({
    message: `Platshållaren ${p.marker} finns fortfarande ${p.key === undefined ? "bland uppgifterna i början av filen" : `under ${p.key}:`}; den här texten ska ännu skrivas.`,
    hint: `Ersätt ${p.marker} med det innehåll som avtalades i ledningsdiskussionen.`,
  }),
  "to-be-filled.note": (p) => ({
    message: `Anteckningen ${p.marker} står fortfarande bredvid det här värdet.`,
    hint: "Skriv det riktiga värdet och ta sedan bort anteckningen.",
  }),
  "to-be-filled.body": (p) => ({
    message: `Platshållaren ${p.marker} finns fortfarande i texten; den här delen ska ännu skrivas.`,
    hint: `Ersätt ${p.marker} med den text som avtalades i ledningsdiskussionen.`,
  }),
  "unique-id": (p) => ({
    message: `Beteckningen "${p.id}" används också här: ${p.others.join(", ")}.`,
    hint: "Ge varje avtal en egen beteckning. Vanligen är beteckningen filnamnet utan .md; ändra den i den kopierade filen.",
  }),
  "unknown-common-goal": (p) => ({
    message: `"${p.common}" är inte ett gemensamt mål i anvisningen för ${p.cycle} (${p.path}).`,
    hint: p.suggestion !== undefined ? `Menade du "${p.suggestion}"?` : `Använd någon av de här målbeteckningarna: ${p.ids.join(", ")}.`,
  }),
  "unknown-cycle.broken-catalogue": (p) => ({
    message: `Målkatalogen för ${p.cycle} (${p.path}) innehåller fel, så det här avtalet kan inte kontrolleras mot dess mål.`,
    hint: `Rätta först felen i ${p.path}; sedan kontrolleras avtalet mot den.`,
  }),
  "unknown-cycle.missing": (p) => ({
    message: `Det finns ingen målkatalog för ${p.cycle} (${cataloguePath(p.cycle)} finns inte).`,
    hint: p.known.length > 0
      ? `Skriv under cycle: året för den anvisning som avtalet besvarar. Kända år: ${p.known.join(", ")}.`
      : "Ingen målkatalog hittades under goals/. Lägg till årets anvisning som goals/<år>.md.",
  }),
  "waiver-expired": (p) => ({
    message: `Undantaget från regeln "${p.rule}" gick ut ${d(p.until)}.`,
    hint:
      "Om undantaget fortfarande behövs, kom överens om det på nytt i ledningsdiskussionen och ge undantaget ett nytt until:-datum och en motivering. " +
      "Annars ta bort undantaget och rätta det som regeln påpekar.",
  }),
};
