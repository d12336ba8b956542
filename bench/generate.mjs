// Generates the benchmark corpus: a repository at bench/.corpus/ with the shipped goals/2020.md and N
// agreements in our format, about 5 % of them with one planted defect each. Deterministic (seeded PRNG),
// so every run and every machine lints the same bytes. Regenerated only when the stamp says the corpus
// is stale: another generator version, another file count, or a changed goals/2020.md.
//
//   node bench/generate.mjs [--files 10000] [--force]

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { pick, sample, seededRandom } from "./lib/random.mjs";
import { AGENCIES, FIRST_NAMES, HEADINGS, MINISTRIES, SURNAMES, TEXT, GOAL_TEMPLATES, COMMON_GOAL_TEMPLATES } from "./lib/vocabulary.mjs";

/** Bump whenever the output changes, so existing corpora are regenerated. */
export const GENERATOR_VERSION = 6;
export const SEED = 20200430;
/** One file in twenty (5 %) carries a defect. */
const DEFECT_EVERY = 20;

/** Each planted defect and the rule that must report it. */
export const DEFECT_RULES = {
  "unknown-common-goal": "unknown-common-goal",
  "missing-meters": "meters-missing",
  "bad-date": "schema",
  "yaml-syntax": "front-matter-syntax",
  "broken-link": "broken-link",
  "missing-section": "sections-missing",
};
const DEFECT_KINDS = Object.keys(DEFECT_RULES);

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CORPUS = join(ROOT, "bench", ".corpus");
const STAMP = join(CORPUS, ".stamp.json");
/** Which file carries which defect: dot files are never walked by the lint. */
export const MANIFEST = join(CORPUS, ".defects.json");

/**
 * Makes sure bench/.corpus holds `files` agreements from this generator version; returns the stamp.
 * @param {{ files: number, force?: boolean, log?: (line: string) => void }} options
 */
export function ensureCorpus({ files, force = false, log = () => {} }) {
  const goalsText = readFileSync(join(ROOT, "goals", "2020.md"));
  const wanted = {
    generatorVersion: GENERATOR_VERSION,
    seed: SEED,
    files,
    goalsSha256: createHash("sha256").update(goalsText).digest("hex"),
  };
  if (!force && existsSync(STAMP)) {
    const stamp = JSON.parse(readFileSync(STAMP, "utf8"));
    if (Object.entries(wanted).every(([key, value]) => stamp[key] === value)) {
      log(`corpus up to date: ${files} agreements in ${CORPUS}`);
      return stamp;
    }
  }
  const started = performance.now();
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(join(CORPUS, "goals"), { recursive: true });
  writeFileSync(join(CORPUS, "goals", "2020.md"), goalsText);
  // markdownlint-cli2 with its default rules and nothing else; front matter is skipped by default.
  writeFileSync(join(CORPUS, ".markdownlint-cli2.jsonc"), '{\n  "config": { "default": true }\n}\n');

  const random = seededRandom(SEED);
  const defects = {};
  let bytes = 0;
  for (let index = 1; index <= files; index++) {
    // Every twentieth file, the kinds in turn: exactly 5 % and the same number of each kind.
    const defect = index % DEFECT_EVERY === 0 ? DEFECT_KINDS[(index / DEFECT_EVERY - 1) % DEFECT_KINDS.length] : undefined;
    const agreement = generateAgreement(random, index, defect);
    const path = `agreements/${agreement.folder}/${agreement.id}.md`;
    mkdirSync(join(CORPUS, "agreements", agreement.folder), { recursive: true });
    writeFileSync(join(CORPUS, path), agreement.text);
    bytes += Buffer.byteLength(agreement.text);
    if (defect) defects[path] = defect;
  }
  writeFileSync(MANIFEST, `${JSON.stringify(defects, null, 1)}\n`);
  const stamp = { ...wanted, bytes, defectFiles: Object.keys(defects).length, generatedAt: new Date().toISOString() };
  writeFileSync(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
  log(`generated ${files} agreements (${(bytes / 1024 / 1024).toFixed(1)} MB, ${stamp.defectFiles} with defects) in ${Math.round(performance.now() - started)} ms`);
  return stamp;
}

/** One agreement: front matter lines and body, then the defect (if any) applied to them. */
function generateAgreement(random, index, defect) {
  const ministry = pick(random, MINISTRIES);
  const language = random() < 0.6 ? "fi" : "sv";
  const kind = random() < 0.15 ? "ministry-head" : random() < 0.7 ? "agency-head" : "director-general";
  const roles = rolesFor(random, ministry, kind, language);
  const id = `${ministry.code.toLowerCase()}-${roles.slug}-${String(index).padStart(5, "0")}`;
  const termStart = `${2016 + Math.floor(random() * 4)}-${pad(1 + Math.floor(random() * 12))}-01`;
  const termEnd = lastDayOfMonth(2021 + Math.floor(random() * 4), 1 + Math.floor(random() * 12));
  const evaluationDate = `2020-${pad(1 + Math.floor(random() * 3))}-${pad(1 + Math.floor(random() * 28))}`;
  const agreed = `2020-04-${pad(1 + Math.floor(random() * 29))}`;
  const goals = generateGoals(random, language);
  const text = TEXT[language];
  const title = `${text.agreementTitle}: ${roles.official.title}, ${roles.organisation}`;

  const lines = [
    "---",
    `id: ${id}`,
    `title: ${yamlText(title)}`,
    `language: ${language}`,
    `ministry: ${ministry.code}`,
    `organisation: ${yamlText(roles.organisation)}`,
    'model: "2017"',
    `kind: ${kind}`,
    "parties:",
    `  official: ${party(roles.official)}`,
    `  superior: ${party(roles.superior)}`,
    `term: { start: ${termStart}, end: ${termEnd} }`,
    "cycle: 2020",
    `agreed: ${agreed}`,
    "goals:",
  ];
  const goalLines = [];
  for (const goal of goals) {
    const start = lines.length;
    lines.push(`  - id: ${goal.id}`, `    section: ${goal.section}`);
    if (goal.common) lines.push(`    common: ${goal.common}`);
    lines.push(`    title: ${yamlText(goal.title)}`);
    if (goal.measures.length > 0) lines.push("    measures:", ...goal.measures.map((measure) => `      - ${yamlText(measure)}`));
    const metersAt = lines.length;
    lines.push("    meters:", ...goal.meters.map((meter) => `      - ${flowMap(meter)}`));
    const metersEnd = lines.length;
    lines.push(`    criteria: ${flowMap(goal.criteria)}`);
    goalLines.push({ goal, start, metersAt, metersEnd });
  }
  lines.push(
    "evaluations:",
    "  - year: 2019",
    `    date: ${evaluationDate}`,
    `    rating: ${pick(random, ["excellent", "good", "good", "satisfactory"])}`,
    `    summary: ${yamlText(pick(random, text.evaluationSummaries))}`,
    "    bonus: none",
    "---",
  );

  const body = generateBody(random, { language, title, goals, evaluationDate, target: 2100 + Math.floor(random() * 1950), frontMatterBytes: Buffer.byteLength(lines.join("\n")) });
  if (defect) applyDefect(random, defect, { lines, body, goalLines, language });
  const folder = ministry.code.toLowerCase();
  return { id, folder, text: `${lines.join("\n")}\n${body.sections.map((section) => section.join("\n")).join("\n\n")}\n` };
}

function rolesFor(random, ministry, kind, language) {
  const official = person(random);
  const superior = person(random);
  const ministryName = ministry.name[language];
  const head = ministry.head[language];
  if (kind === "ministry-head") {
    return { slug: ministry.head.slug, organisation: ministryName, official: { ...official, title: head }, superior: { ...superior, title: ministry.minister[language] } };
  }
  if (kind === "agency-head") {
    const agency = pick(random, AGENCIES);
    return { slug: "paajohtaja", organisation: agency[language], official: { ...official, title: TEXT[language].agencyHead }, superior: { ...superior, title: head } };
  }
  return { slug: "osastopaallikko", organisation: ministryName, official: { ...official, title: TEXT[language].directorGeneral }, superior: { ...superior, title: head } };
}

function person(random) {
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, SURNAMES);
  const github = `${ascii(first)}-${ascii(last)}-${Math.floor(random() * 9000) + 1000}`.toLowerCase();
  return { name: `${first} ${last}`, github };
}

/** 3–8 goals: 1–3 common goals (distinct catalogue ids), then result, leadership and development goals. */
function generateGoals(random, language) {
  const count = 3 + Math.floor(random() * 6);
  const commonCount = Math.min(1 + Math.floor(random() * 3), count - 2);
  const goals = sample(random, COMMON_GOAL_TEMPLATES, commonCount);
  const others = sample(random, GOAL_TEMPLATES, count - commonCount);
  // Sections in the model's order, so the result/leadership/development goals read like a real agreement.
  const order = { result: 0, leadership: 1, development: 2 };
  others.sort((a, b) => order[a.section] - order[b.section]);
  goals.push(...others);
  return goals.map((template) => {
    const level = 40 + Math.floor(random() * 40);
    const t = template[language];
    const meter = { name: t.meter, target: `>= ${level + 10} %` };
    if (random() < 0.5) meter.baseline = `${level} % (2019)`;
    return {
      id: template.id,
      section: template.section,
      common: template.common,
      title: t.title,
      measures: template.section === "common" ? sample(random, t.measures, random() < 0.3 ? 2 : 1) : random() < 0.3 ? sample(random, t.measures, 1) : [],
      meters: [meter],
      criteria: { excellent: `>= ${level + 15} %`, good: `>= ${level + 10} %`, satisfactory: `>= ${level + 5} %` },
    };
  });
}

/** The body: a heading, the model's five sections in the agreement's language, padded with prose to the target size. */
function generateBody(random, { language, title, goals, evaluationDate, target, frontMatterBytes }) {
  const text = TEXT[language];
  const headings = HEADINGS[language];
  const sections = [
    [`# ${title}`],
    [`## ${headings.common}`, "", ...goals.filter((goal) => goal.section === "common").map((goal) => `- **${goal.title}**: ${goal.measures[0]}`)],
    [`## ${headings.result}`],
    [`## ${headings.leadership}`],
    [`## ${headings.development}`],
    [`## ${headings.evaluation}`, "", text.evaluation(evaluationDate)],
  ];
  let size = frontMatterBytes + Buffer.byteLength(sections.flat().join("\n"));
  // Prose only while the file stays under its target size (2–4 kB like real agreements): an agreement
  // with eight goals has little room left for text, one with three has plenty.
  const fillers = [
    [0, pick(random, text.intro)],
    [1, pick(random, text.commonIntro)],
    ...sample(random, text.paragraphs, 9).map((paragraph, index) => [2 + (index % 3), paragraph]),
  ];
  for (const [index, paragraph] of fillers) {
    const bytes = Buffer.byteLength(paragraph) + 2;
    if (size + bytes > target) continue;
    const section = sections[index];
    // The common section's introduction goes before its list of goals.
    if (index === 1) section.splice(2, 0, paragraph, "");
    else section.push("", paragraph);
    size += bytes;
  }
  return { sections, headings };
}

/** Plants one defect of the given kind, the way an official editing by hand might. */
function applyDefect(random, defect, { lines, body, goalLines, language }) {
  const common = goalLines.filter((entry) => entry.goal.section === "common");
  switch (defect) {
    case "unknown-common-goal": {
      const entry = pick(random, common);
      const at = lines.indexOf(`    common: ${entry.goal.common}`, entry.start);
      lines[at] = `    common: ${misspell(random, entry.goal.common)}`;
      return;
    }
    case "missing-meters": {
      const entry = pick(random, goalLines);
      lines.splice(entry.metersAt, entry.metersEnd - entry.metersAt);
      return;
    }
    case "bad-date": {
      const variant = pick(random, ["impossible", "finnish", "no-zero"]);
      const at = lines.findIndex((line) => line.startsWith(variant === "no-zero" ? "    date: " : "agreed: "));
      if (variant === "impossible") lines[at] = "agreed: 2020-02-30";
      else if (variant === "finnish") lines[at] = `agreed: ${lines[at].slice(-2).replace(/^0/, "")}.4.2020`;
      else lines[at] = lines[at].replace(/-0(\d)-/, "-$1-");
      return;
    }
    case "yaml-syntax": {
      const entry = pick(random, goalLines);
      const titleAt = lines.findIndex((line, i) => i > entry.start && line.startsWith("    title: "));
      const variant = pick(random, ["colon", "tab", "indent", "quote"]);
      if (variant === "colon") lines[titleAt] = `    title: ${TEXT[language].goalWord}: ${entry.goal.title.replace(/^"|"$/g, "")}`;
      else if (variant === "tab") lines[titleAt] = lines[titleAt].replace(/^ {4}/, "\t");
      else if (variant === "indent") lines[titleAt] = lines[titleAt].replace(/^ {4}/, "   ");
      else lines[entry.metersAt + 1] = lines[entry.metersAt + 1].replace(/target: ">= (\d+) %"/, 'target: ">= $1 %');
      return;
    }
    case "broken-link": {
      const section = body.sections.at(-1);
      section.push("", pick(random, TEXT[language].brokenLinks));
      return;
    }
    case "missing-section": {
      const index = 1 + Math.floor(random() * 5);
      body.sections.splice(index, 1);
      return;
    }
  }
}

/** Typos an official makes: a dropped letter (knowledge-based-managment), a plural, a shortened id. */
function misspell(random, id) {
  const variant = Math.floor(random() * 3);
  if (variant === 0) {
    const letters = [...id].map((char, index) => (index > 0 && /[a-z]/.test(char) ? index : -1)).filter((index) => index !== -1);
    const drop = pick(random, letters);
    return id.slice(0, drop) + id.slice(drop + 1);
  }
  if (variant === 1) return `${id}s`;
  return id.includes("-") ? id.slice(0, id.lastIndexOf("-")) : `${id}-goal`;
}

function party({ name, title, github }) {
  return `{ name: ${yamlText(name)}, title: ${yamlText(title)}, github: ${github} }`;
}

function flowMap(object) {
  return `{ ${Object.entries(object).map(([key, value]) => `${key}: ${yamlText(value, true)}`).join(", ")} }`;
}

/** Plain YAML where it is safe (as an official would write it), double quotes where YAML needs them. */
function yamlText(value, inFlow = false) {
  const special = inFlow ? /[:#,[\]{}&*!|>'"%@`]|^[-?\d\s]|\s$/ : /[:#[\]{}&*!|>'"%@`]|^[-?,\d\s]|\s$/;
  if (special.test(value) || /^(true|false|null|yes|no|on|off|~)$/i.test(value)) return JSON.stringify(value);
  return value;
}

function ascii(text) {
  return text.normalize("NFD").replace(/[^A-Za-z]/g, "");
}

function lastDayOfMonth(year, month) {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function pad(number) {
  return String(number).padStart(2, "0");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { files: { type: "string", default: "10000" }, force: { type: "boolean", default: false } } });
  ensureCorpus({ files: Number(values.files), force: values.force, log: (line) => console.log(line) });
}
