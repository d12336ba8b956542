import type { readingEn } from "./reading-en.js";
import type { Place, Shown } from "./types.js";

// The Swedish messages for reading a file. "De inledande uppgifterna" is the front matter: the data between the two --- lines.

/** `"ministry"`, `"target" (punkt 1 i listan "meters")`, `punkt 2 i listan "goals"`. */
function placeName(path: Place): string {
  if (path.length === 0) return "de inledande uppgifterna";
  const last = path.at(-1)!;
  if (typeof last === "number") return `punkt ${last + 1} i listan "${String(path.at(-2))}"`;
  const index = path.findLastIndex((segment) => typeof segment === "number");
  if (index > 0) return `"${last}" (punkt ${(path[index] as number) + 1} i listan "${String(path[index - 1])}")`;
  return `"${last}"`;
}

function shown(value: Shown): string {
  switch (value.kind) {
    case "empty":
      return "tomt";
    case "list":
      return "en lista";
    case "group":
      return "en grupp nycklar";
    case "text":
      return `"${value.text}"`;
    case "boolean":
      return `ja/nej-värdet ${value.text}`;
    case "number":
      return value.text;
  }
}

const TYPES: Record<string, string> = {
  string: "text",
  integer: "ett heltal (till exempel 2020)",
  number: "ett tal",
  array: "en lista (rader som börjar med \"- \")",
  object: "en grupp rader \"nyckel: värde\"",
  boolean: "true eller false",
};

const CHECK_SYNTAX = "Kontrollera indragen och kolonet efter varje nyckel; sätt text som innehåller : eller # inom citattecken.";
const ALIASES_HINT = "Skriv ut värdena i sin helhet i stället för att använda YAML-ankare och hänvisningar (& och *).";
const README = "Se avtalets format i README.md.";
const SAVE_UTF8 = "Spara filen som UTF-8 (i de flesta program: Spara som… → Kodning: UTF-8)";

export const readingSv: typeof readingEn = {
  "decode.utf16": () => ({ message: "Filen är sparad som UTF-16 (\"Unicode\"), inte som UTF-8.", hint: `${SAVE_UTF8}.` }),
  "decode.binary": () => ({
    message: "Det här är inte en textfil (den innehåller binära data).",
    hint: "Avtalen ska vara Markdown-textfiler sparade som UTF-8; flytta andra filer ut ur mapparna agreements/ och goals/.",
  }),
  "decode.bad-byte": (p) => ({
    message: `Filen är inte sparad som UTF-8: byten 0x${p.byte} här är inte giltig UTF-8.`,
    hint: `${SAVE_UTF8} och kontrollera sedan bokstäverna å, ä och ö.`,
  }),
  "decode.too-large": (p) => ({
    message: `Filen är för stor för att vara ett avtal (${p.size}; gränsen är ${p.limit}).`,
    hint: "Håll bilagor och material utanför agreements/ och länka till dem.",
  }),
  "decode.too-many-lines": (p) => ({
    message: `Filen har mer än ${p.limit} rader, långt fler än ett avtal; den granskas inte vidare.`,
    hint: "Håll bilagor och material utanför agreements/ och goals/ och länka till dem.",
  }),
  "decode.nesting": (p) => ({
    message: `Texten är här kapslad i mer än ${p.max} nivåer (listor, citat, hakparenteser eller tecknen * och _ inuti varandra), vilket inget avtal behöver.`,
    hint: "Kontrollera indragen och tecknen i början av raden, att varje [ har sin ], och att ingen lång rad av * eller _ finns kvar i texten.",
  }),
  "parse.empty": () => ({ message: "Filen är tom.", hint: "Ett avtal börjar med de inledande uppgifterna: en rad ---, nycklarna och en till rad ---." }),
  "parse.no-opening": () => ({
    message: "Filen börjar inte med de inledande uppgifterna (en första rad med tre bindestreck: ---).",
    hint: "Skriv avtalets uppgifter mellan två rader --- allra överst i filen, utan något ovanför den första.",
  }),
  "parse.unclosed": () => ({
    message: "De inledande uppgifterna som börjar på den här raden avslutas aldrig.",
    hint: "Lägg till en rad med tre bindestreck (---) efter den sista nyckeln.",
  }),
  "parse.not-a-map": () => ({
    message: "De inledande uppgifterna ska vara nycklar och värden (nyckel: värde), en per rad.",
    hint: "Börja varje rad med en nyckel, till exempel id:, title: eller ministry:.",
  }),
  "parse.duplicate-key": (p) => ({
    message: `Nyckeln "${p.key}" förekommer två gånger här.`,
    hint: "Behåll bara den ena av de två raderna med den här nyckeln och slå ihop deras värden.",
  }),
  "parse.too-deep": (p) => ({
    message: `De inledande uppgifterna är här kapslade i mer än ${p.max} nivåer, vilket inget avtal behöver.`,
    hint: "Kontrollera indragen och att varje [ har sin ] och varje { sin }.",
  }),
  "parse.too-many": (p) => ({
    message: `De inledande uppgifterna innehåller mer än ${p.max.toLocaleString("sv")} värden, mycket mer än ett avtal; de kontrolleras inte vidare härifrån.`,
    hint: "Ha bara avtalets egna uppgifter här; flytta listor och tabeller till annat ställe och länka till dem.",
  }),
  "parse.unresolved-alias": (p) => ({
    message: `"*${p.name}" hänvisar till ett ankare (&${p.name}) som inte är definierat ovanför.`,
    hint: "Ett värde som börjar med * eller & ska sättas inom citattecken, till exempel \"*text*\".",
  }),
  "parse.looping-alias": (p) => ({ message: `"*${p.name}" hänvisar till det värde som den själv är en del av, vilket aldrig tar slut.`, hint: ALIASES_HINT }),
  "parse.alias-bomb": () => ({ message: "De inledande uppgifterna upprepar ankare (*namn) så många gånger att de inte kan läsas säkert.", hint: ALIASES_HINT }),
  "parse.alias-unresolvable": () => ({ message: "Ankarna (&namn) och hänvisningarna (*namn) i de inledande uppgifterna kan inte lösas upp.", hint: ALIASES_HINT }),
  "yaml.too-deep": () => ({
    message: "De inledande uppgifterna är för djupt kapslade för att kunna läsas.",
    hint: "Kontrollera indragen och att varje [ har sin ] och varje { sin }.",
  }),
  "yaml.tab": () => ({ message: "Den här raden är indragen med tabb.", hint: "Gör indrag med mellanslag i stället för tabbar (två mellanslag per nivå)." }),
  "yaml.bad-scalar-start": (p) => ({
    message: `Ett värde kan inte börja med tecknet ${p.character} om det inte står inom citattecken.`,
    hint: `Sätt hela värdet inom citattecken, till exempel "${p.character}…".`,
  }),
  "yaml.indented-continuation": () => ({
    message: "Den här raden är mer indragen än nyckeln ovanför, så den läses som en fortsättning på den nyckelns värde.",
    hint: "Börja varje nyckel i samma kolumn som nycklarna ovanför; gör indrag med mellanslag, två per nivå.",
  }),
  "yaml.colon-space": () => ({
    message: "Det här värdet innehåller ett kolon följt av ett mellanslag, vilket läses som en andra nyckel på samma rad.",
    hint: "Sätt hela värdet inom citattecken, till exempel title: \"Avtal: 2020\".",
  }),
  "yaml.not-lined-up": () => ({
    message: "Den här raden står inte i linje med raderna ovanför.",
    hint: "Nycklarna i samma listpunkt börjar i samma kolumn; gör indrag med mellanslag, två per nivå.",
  }),
  "yaml.unclosed-quote": (p) => ({ message: `Citattecknet ${p.quote} som börjar här avslutas aldrig.`, hint: `Lägg till det avslutande ${p.quote} i slutet av värdet.` }),
  "yaml.unclosed-flow": (p) => ({
    message: `Tecknet ${p.open} som börjar här saknar sitt ${p.close}, eller så är de följande raderna inte tillräckligt indragna.`,
    hint: `Avsluta med ${p.close} på samma rad, eller skriv en punkt per rad i stället.`,
  }),
  "yaml.key-not-lined-up": () => ({
    message: "Den här nyckeln står inte i linje med nycklarna ovanför.",
    hint: "Nycklar på samma nivå ska börja i samma kolumn; gör indrag med mellanslag, två per nivå.",
  }),
  "yaml.not-key-value": () => ({
    message: "Den här raden har inte formen \"nyckel: värde\" (saknas kolonet efter nyckeln?).",
    hint: "Skriv varje rad som en nyckel, ett kolon, ett mellanslag och värdet; listpunkter börjar med \"- \" under sin nyckel.",
  }),
  "yaml.bad-escape": () => ({
    message: "Ett omvänt snedstreck (\\) inom citattecken inleder ett specialtecken, och det här är inte giltigt.",
    hint: "Skriv \\\\ för ett omvänt snedstreck, eller sätt värdet inom enkla citattecken.",
  }),
  "yaml.multiple-docs": () => ({
    message: "En rad här (... eller ---) avslutar de inledande uppgifterna för tidigt.",
    hint: "Ta bort raden eller sätt dess text inom citattecken.",
  }),
  "yaml.long-key": () => ({ message: "Den här nyckeln är längre än 1 024 tecken; troligen saknas ett kolon efter en nyckel.", hint: CHECK_SYNTAX }),
  "yaml.anchors": () => ({
    message: "Ankarna (&namn) och hänvisningarna (*namn) här är inte giltig YAML.",
    hint: "Skriv ut värdena i sin helhet; ett värde som börjar med & eller * ska sättas inom citattecken.",
  }),
  "yaml.block-in-flow": () => ({
    message: "Här står listrader som börjar med - inom [ ] eller { }.",
    hint: "Skriv antingen punkterna inom klamrarna på en rad, åtskilda med kommatecken, eller ta bort klamrarna och skriv en punkt per rad efter - .",
  }),
  "yaml.block-scalar-header": (p) => ({
    message: `Tecknet ${p.indicator} i slutet av raden inleder en text som skrivs på följande rader, så inget annat får stå efter det på den här raden.`,
    hint: `Flytta texten efter ${p.indicator} till nästa rad med indrag, eller ta bort ${p.indicator} och sätt hela värdet inom citattecken.`,
  }),
  "yaml.invisible-indent": (p) => ({
    message: `Den här raden är indragen med ett osynligt tecken (${p.character}) som inte är ett mellanslag; det kommer ofta från Word.`,
    hint: "Ta bort indraget i början av raden och skriv det på nytt med vanliga mellanslag (två per nivå).",
  }),
  // The yaml package's own words are English: the Swedish reader gets the place and what to check instead.
  "yaml.other": () => ({ message: "De inledande uppgifterna kan inte läsas här.", hint: CHECK_SYNTAX }),
  "schema.common-missing": (p) => ({
    message: `Målet ${placeName(p.place)} står i avsnittet för de gemensamma målen men anger inte vilket av de gemensamma målen för ledningen det besvarar.`,
    hint: "Lägg till \"common: <målets beteckning>\" från årets målkatalog, till exempel common: knowledge-based-management.",
  }),
  "schema.required": (p) => {
    const keys = p.missing.map((key) => `"${key}"`).join(", ");
    const where = p.place.length === 0 ? "bland de inledande uppgifterna" : `under ${placeName(p.place)}`;
    return {
      message: `${p.place.length === 0 ? "I de inledande uppgifterna" : `Under ${placeName(p.place)}`} saknas ${p.missing.length > 1 ? "nycklarna" : "nyckeln"} ${keys}.`,
      hint: p.missing.length === 1 ? `Lägg till en rad "${p.missing[0]}: …" ${where}.` : `Lägg till en rad för var och en av ${keys} ${where}.`,
    };
  },
  "schema.unknown-key": (p) => ({
    message: `"${p.key}" är ingen känd nyckel ${p.place.length === 0 ? "bland de inledande uppgifterna" : `under ${placeName(p.place)}`}.`,
    hint: p.suggestion ? `Menade du "${p.suggestion}"?` : `Kända nycklar här: ${p.allowed.join(", ")}.`,
  }),
  "schema.enum": (p) => ({
    message: `Värdet för ${placeName(p.place)} ska vara något av följande: ${p.allowed.join(", ")}; nu är det ${shown(p.value)}.`,
    hint: p.suggestion ? `Menade du "${p.suggestion}"?` : `Skriv något av följande: ${p.allowed.join(", ")}.`,
  }),
  "schema.type": (p) => ({
    message: `Värdet för ${placeName(p.place)} ska vara ${p.expected.map((type) => TYPES[type] ?? type).join(" eller ")}; nu är det ${shown(p.value)}.`,
    hint:
      p.expected.includes("string") && (p.value.kind === "number" || p.value.kind === "boolean")
        ? `Sätt värdet inom citattecken, till exempel "${p.value.text}".`
        : p.expected.includes("integer") && p.value.kind === "text" && /^(?:0|[1-9]\d*)$/.test(p.value.text)
          ? `Ta bort citattecknen: skriv ${p.value.text} utan dem.`
          : p.expected.includes("integer") && p.value.kind === "text" && /^[-+]?(?:0[xo]|\d)/i.test(p.value.text)
            ? "Skriv talet med enbart siffror, till exempel 2020 (inte 2020.0, 0x7e4 eller +2020)."
          : p.value.kind === "empty"
            ? "Skriv ett värde efter kolonet, eller ta bort raden."
            : README,
  }),
  "schema.date": (p) => ({
    message: `Värdet för ${placeName(p.place)} ska vara ett verkligt datum skrivet ÅÅÅÅ-MM-DD; nu är det ${shown(p.value)}.`,
    hint: p.suggestion ? `Skriv ${p.suggestion}.` : "Skriv datumet som år-månad-dag med inledande nollor, till exempel 2020-04-30.",
  }),
  "schema.github": (p) => ({
    message: `Värdet för ${placeName(p.place)} ska vara ett GitHub-användarnamn; nu är det ${shown(p.value)}.`,
    hint: "Skriv bara användarnamnet, utan @ eller webbadress, till exempel maria-exempel.",
  }),
  "schema.id": (p) => ({
    message: `${placeName(p.place)} får bara innehålla små bokstäver a–z, siffror och bindestreck; nu är det ${shown(p.value)}.`,
    hint: p.suggestion ? `Menade du "${p.suggestion}"?` : "Använd en kort beteckning som vm-statssekreterare: inga mellanslag, versaler eller bokstäver som å, ä, ö.",
  }),
  "schema.min-items": (p) => ({
    message: `Under ${placeName(p.place)} ska det finnas minst ${p.limit} ${p.limit === 1 ? "punkt" : "punkter"}.`,
    hint: `Lägg till punkter under ${placeName(p.place)}, var och en på en egen rad efter "- ".`,
  }),
  "schema.empty": (p) => ({ message: `${placeName(p.place)} är tomt.`, hint: `Skriv ett värde för ${placeName(p.place)}.` }),
  "schema.empty-levels": (p) => ({ message: `${placeName(p.place)} är tomt.`, hint: "Ange minst en nivå, till exempel good: \">= 80 %\"." }),
  "schema.year": (p) => ({
    message: `Värdet för ${placeName(p.place)} ska vara ett år mellan 2000 och 2100; nu är det ${shown(p.value)}.`,
    hint: "Skriv året med fyra siffror, till exempel 2020.",
  }),
  "schema.other": (p) => ({ message: `Värdet för ${placeName(p.place)} är inte giltigt.`, hint: README }),
  "schema.too-many": (p) => ({
    message: `De inledande uppgifterna har fler problem än de ${p.max} som räknats upp före det här.`,
    hint: "Rätta först de problem som räknats upp och kontrollera sedan filen igen för att se resten.",
  }),
};
