// Times `agreements history` and `agreements diff` on a generated repository of 5,000 commits over
// 1,000 agreements, side by side with `git log --name-status` on the same repository, and prints the
// medians and ratios. Target: each within 3x of that `git log`.
//
//   npm run build && node bench/git-history.mjs [--runs 5] [--force]
//
// The repository is made with `git fast-import` (seconds, not the minutes 5,000 `git commit`s take),
// deterministically (seeded), and cached in bench/.corpus-git/ until the generator changes. It has
// squash-merged pull requests ("… (#12)"), GitHub merge commits, moves between ministry folders, and
// yearly submission-* tags, so history exercises everything it handles.
//
//   node bench/git-history.mjs run <history|diff> [args...]   (runs one command, as the CLI would)
//
// --baseline DIR also times each agreements command from DIR/dist (an earlier build, see run.mjs), in the
// same interleaved rounds, so before and after are compared under the same load.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { loadavg } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "bench", ".corpus-git");
const STAMP = join(CORPUS, ".git", "bench-stamp.json");
const GENERATOR_VERSION = 3;
const SEED = 20200430;
const AGREEMENTS = 1000;
const COMMITS = 5000;
/** Every MERGE_EVERY-th change arrives as a GitHub merge commit of a side branch; the rest are squash merges. */
const MERGE_EVERY = 10;
const MOVE_EVERY = 97;

const MINISTRIES = ["VNK", "UM", "OM", "SM", "PLM", "VM", "OKM", "MMM", "LVM", "TEM", "STM", "YM"];
const COMMON = ["knowledge-based-management", "competence-development", "mobility", "employer-profile", "competence-and-services", "information-systems"];
const SECTIONS = ["result", "leadership", "development"];
const WORDS = ["ledning", "beredning", "rörlighet", "kompetens", "tjänster", "digitalisering", "samarbete", "kunskap", "planering", "uppföljning", "kvalitet", "öppenhet"];

function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus

function newAgreement(index, random) {
  const ministry = MINISTRIES[index % MINISTRIES.length];
  const id = `${ministry.toLowerCase()}-avtal-${String(index).padStart(4, "0")}`;
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  const goals = [
    { id: "gemensamt-1", section: "common", common: COMMON[index % COMMON.length], title: `Gemensamt mål om ${word()}`, measures: [`Åtgärd för ${word()}`], target: 60 + (index % 30) },
    { id: "gemensamt-2", section: "common", common: COMMON[(index + 3) % COMMON.length], title: `Gemensamt mål om ${word()}`, measures: [`Åtgärd för ${word()}`, `Uppföljning av ${word()}`], target: 10 + (index % 7) },
    ...SECTIONS.map((section, n) => ({ id: `${section}-${n + 1}`, section, title: `Mål för ${word()} och ${word()}`, measures: [], target: 3 + n })),
  ];
  return { id, ministry, folder: ministry.toLowerCase(), cycle: 2015, agreed: "2015-04-10", goals, evaluations: [], paragraph: 0 };
}

function renderAgreement(a) {
  const goals = a.goals
    .map((goal) =>
      [
        `  - id: ${goal.id}`,
        `    section: ${goal.section}`,
        ...(goal.common ? [`    common: ${goal.common}`] : []),
        `    title: ${goal.title}`,
        ...(goal.measures.length > 0 ? ["    measures:", ...goal.measures.map((measure) => `      - ${measure}`)] : []),
        "    meters:",
        `      - { name: Mätare för ${goal.id}, target: ">= ${goal.target} %", baseline: "${goal.target - 5} %" }`,
        `    criteria: { excellent: ">= ${goal.target + 10} %", good: ">= ${goal.target} %", satisfactory: ">= ${goal.target - 10} %" }`,
      ].join("\n"),
    )
    .join("\n");
  const evaluations = a.evaluations.length === 0
    ? ""
    : `evaluations:\n${a.evaluations.map((e) => `  - year: ${e.year}\n    date: ${e.year + 1}-03-20\n    rating: ${e.rating}\n    summary: Målen för ${e.year} nåddes till största delen.\n    bonus: none`).join("\n")}\n`;
  return `---
id: ${a.id}
title: Ledningsavtal ${a.id}
language: sv
ministry: ${a.ministry}
organisation: Exempelverket ${a.id}
model: "2017"
parties:
  official: { name: Maria Exempel, title: Generaldirektör, github: maria-exempel }
  superior: { name: Anders Exempel, title: Kanslichef, github: anders-exempel }
term: { start: 2014-09-01, end: 2029-08-31 }
cycle: ${a.cycle}
agreed: ${a.agreed}
goals:
${goals}
${evaluations}---
# Ledningsavtal ${a.id}

Avtalet är ett fiktivt exempel för prestandamätning.

## Statsförvaltningens gemensamma mål för ledningen

De gemensamma målen följs upp varje kvartal. Version ${a.paragraph} av stycket.

## Resultatmål

Resultatmålen följer verkets resultatavtal.

## Ledning och ledarskap

Ledningsgruppen delar information öppet.

## Personlig utveckling

Coachning under året.

## Utvärdering av framgången

Utvärderingen görs vid ledningsdiskussionen.
`;
}

/** One edit of the kind people make in a year: a new cycle, a target, a title, a measure, the text. */
function editAgreement(a, random) {
  const kind = Math.floor(random() * 5);
  const goal = a.goals[Math.floor(random() * a.goals.length)];
  if (kind === 0 && a.cycle < 2040) {
    a.evaluations.push({ year: a.cycle, rating: ["good", "excellent", "satisfactory"][a.cycle % 3] });
    a.cycle += 1;
    a.agreed = `${a.cycle}-04-${String(10 + Math.floor(random() * 18)).padStart(2, "0")}`;
  } else if (kind === 1) goal.target += 1 + Math.floor(random() * 5);
  else if (kind === 2) goal.title = `${goal.title.split(" (")[0]} (rev ${Math.floor(random() * 1000)})`;
  else if (kind === 3) goal.measures.push(`Ny åtgärd ${Math.floor(random() * 100000)}`);
  else a.paragraph += 1;
}

function path(a) {
  return `agreements/${a.folder}/${a.id}.md`;
}

/** The whole history as a `git fast-import` stream (see git-fast-import(1)). */
function buildImportStream() {
  const random = seededRandom(SEED);
  const chunks = [];
  const data = (text) => {
    const bytes = Buffer.from(text, "utf8");
    chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n"));
  };
  let mark = 0;
  let time = Date.parse("2015-01-01T08:00:00Z") / 1000;
  const who = (name) => `${name} <${name.toLowerCase().replace(/ /g, ".")}@example.invalid> ${(time += 3600)} +0000`;
  const commit = ({ ref = "refs/heads/main", from, merge, subject, author = "Maria Exempel", files = [], deletes = [] }) => {
    mark += 1;
    chunks.push(Buffer.from(`commit ${ref}\nmark :${mark}\nauthor ${who(author)}\ncommitter ${who("GitHub")}\n`));
    data(subject);
    if (from) chunks.push(Buffer.from(`from :${from}\n`));
    if (merge) chunks.push(Buffer.from(`merge :${merge}\n`));
    for (const file of deletes) chunks.push(Buffer.from(`D ${file}\n`));
    for (const [name, text] of files) {
      chunks.push(Buffer.from(`M 100644 inline ${name}\n`));
      data(text);
    }
    chunks.push(Buffer.from("\n"));
    return mark;
  };

  const agreements = Array.from({ length: AGREEMENTS }, (_, index) => newAgreement(index, random));
  const edits = new Map(agreements.map((a) => [a.id, 0]));
  let main = commit({ subject: "Import the agreements", files: agreements.map((a) => [path(a), renderAgreement(a)]) });
  let commits = 1;
  let pullRequest = 0;
  const tags = [];
  while (commits < COMMITS) {
    pullRequest += 1;
    // Edits cluster on some agreements, as in life: a quarter of the agreements get most changes.
    const a = agreements[random() < 0.5 ? Math.floor(random() * (AGREEMENTS / 4)) : Math.floor(random() * AGREEMENTS)];
    edits.set(a.id, edits.get(a.id) + 1);
    const before = path(a);
    if (pullRequest % MOVE_EVERY === 0) a.folder = MINISTRIES[(MINISTRIES.indexOf(a.ministry) + 1) % MINISTRIES.length].toLowerCase();
    editAgreement(a, random);
    const files = [[path(a), renderAgreement(a)]];
    const deletes = before === path(a) ? [] : [before];
    if (pullRequest % MERGE_EVERY === 0 && commits + 2 <= COMMITS) {
      const side = commit({ ref: "refs/heads/pr", from: main, subject: `Update ${a.id}`, author: "Anders Exempel", files, deletes });
      main = commit({ from: main, merge: side, subject: `Merge pull request #${pullRequest} from ministry/update-${a.id}`, files, deletes });
      commits += 2;
    } else {
      main = commit({ from: main, subject: `Update ${a.id} (#${pullRequest})`, files, deletes });
      commits += 1;
    }
    if (commits % 1000 < 2 && tags.length < Math.floor(commits / 1000)) tags.push([`submission-${2015 + tags.length}`, main]);
  }
  // A yearly revision of every agreement at once, on a branch of its own between two tags of their own
  // (not submission-*, and not on main), so the diff has 1,000 changed agreements while main's history,
  // and with it `git log` and every history case, stays the one measured in earlier rounds.
  const revise = seededRandom(SEED + 1);
  for (const a of agreements) editAgreement(a, revise);
  const bulk = commit({ ref: "refs/heads/bulk", from: main, subject: "Revise every agreement (#" + (pullRequest + 1) + ")", files: agreements.map((a) => [path(a), renderAgreement(a)]) });
  tags.push(["bulk-before", main], ["bulk-after", bulk]);
  for (const [name, target] of tags) {
    chunks.push(Buffer.from(`tag ${name}\nfrom :${target}\ntagger ${who("Maria Exempel")}\n`));
    data(`Submission ${name}`);
  }
  chunks.push(Buffer.from("done\n"));
  const busiest = [...edits].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
  return { stream: Buffer.concat(chunks), busiest: { id: busiest[0], edits: busiest[1] }, tags: tags.map(([name]) => name).filter((name) => name.startsWith("submission-")) };
}

function git(args, options = {}) {
  const result = spawnSync("git", args, { cwd: CORPUS, maxBuffer: 1 << 30, ...options });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

function ensureRepository(force, log) {
  const wanted = { generatorVersion: GENERATOR_VERSION, seed: SEED, agreements: AGREEMENTS, commits: COMMITS };
  if (!force && existsSync(STAMP)) {
    const stamp = JSON.parse(readFileSync(STAMP, "utf8"));
    if (Object.entries(wanted).every(([key, value]) => stamp[key] === value)) return stamp;
  }
  const started = performance.now();
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  git(["init", "--quiet", "-b", "main"]);
  const { stream, busiest, tags } = buildImportStream();
  git(["fast-import", "--quiet", "--done"], { input: stream });
  git(["reset", "--quiet", "--hard", "main"]);
  const first = git(["rev-list", "--max-parents=0", "main"]).toString().trim();
  const stamp = { ...wanted, busiest, first, tags };
  writeFileSync(STAMP, JSON.stringify(stamp, null, 2));
  log(`generated ${COMMITS} commits over ${AGREEMENTS} agreements in ${Math.round(performance.now() - started)} ms`);
  return stamp;
}

// ---------------------------------------------------------------------------------------------
// Timing

/**
 * GNU time reports the child's CPU time; wall time alone swings with whatever else the machine runs.
 * Looked for on first use, by the timing process only: until round 10 every timed `run` child spawned this
 * probe too (3-4 ms of each agreements time that no user pays).
 */
let gnuTime;
function findGnuTime() {
  gnuTime ??= existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%U", "true"]).status === 0 ? "/usr/bin/time" : "";
  return gnuTime === "" ? undefined : gnuTime;
}

function time(command, args, cwd) {
  const GNU_TIME = findGnuTime();
  const [program, argv] = GNU_TIME ? [GNU_TIME, ["-f", "\n%U %S", command, ...args]] : [command, args];
  const started = performance.now();
  const result = spawnSync(program, argv, { cwd, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  const cpu = GNU_TIME ? result.stderr.toString().trim().split("\n").at(-1).split(" ").reduce((sum, part) => sum + Number(part) * 1000, 0) : undefined;
  return { elapsed, cpu, bytes: result.stdout.length };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Runs a command the way bin/agreements.js does: through the bundled CLI (dist/bin/cli.js), so what is
 * timed includes the start-up a user pays (the entry chunk and the command's chunk), not the unbundled
 * tsc output's two hundred modules.
 */
async function runCommand(name, args, dist = join(ROOT, "dist")) {
  const { main } = await import(pathToFileURL(join(dist, "bin", "cli.js")).href);
  process.exitCode = await main({
    argv: [name, ...args],
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: false,
  });
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "run") return runCommand(rest[0], rest.slice(1));
  if (mode === "run-dist") return runCommand(rest[1], rest.slice(2), rest[0]);
  const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, force: { type: "boolean", default: false }, baseline: { type: "string" } } });
  const runs = Number(values.runs);
  if (!existsSync(join(ROOT, "dist", "bin", "cli.js"))) {
    console.error(`dist/bin/cli.js is missing: run "npm run build" first.`);
    process.exitCode = 1;
    return;
  }
  const stamp = ensureRepository(values.force, (line) => console.log(line));
  const self = fileURLToPath(import.meta.url);
  const cases = [
    { label: "git log --name-status", command: "git", args: ["log", "--name-status"] },
    { label: "agreements --version (start-up)", command: process.execPath, args: [self, "run", "--version"] },
    { label: `agreements history ${stamp.busiest.id} (${stamp.busiest.edits} edits)`, command: process.execPath, args: [self, "run", "history", stamp.busiest.id] },
    { label: `agreements history ${stamp.busiest.id} --format json`, command: process.execPath, args: [self, "run", "history", stamp.busiest.id, "--format", "json"] },
    { label: "agreements diff <first> <last> (every agreement)", command: process.execPath, args: [self, "run", "diff", stamp.first, "main"] },
    { label: `agreements diff ${stamp.tags.at(-2)} ${stamp.tags.at(-1)}`, command: process.execPath, args: [self, "run", "diff", stamp.tags.at(-2), stamp.tags.at(-1)] },
    { label: "agreements diff bulk-before bulk-after (1,000 changed agreements)", command: process.execPath, args: [self, "run", "diff", "bulk-before", "bulk-after"] },
    // Round 6: the same on two threads (a build before round 6 has no --jobs for diff, so no baseline of it).
    { label: "agreements diff bulk-before bulk-after --jobs 2", command: process.execPath, args: [self, "run", "diff", "bulk-before", "bulk-after", "--jobs", "2"], noBaseline: true },
  ];
  if (values.baseline) {
    const dist = resolve(values.baseline, "dist");
    for (const entry of cases.slice(1).filter((each) => !each.noBaseline)) cases.push({ ...entry, label: `(baseline) ${entry.label}`, args: [self, "run-dist", dist, ...entry.args.slice(2)] });
  }
  const results = cases.map((entry) => ({ ...entry, times: [], cpu: [] }));
  // Interleaved rounds, so a busy moment on the machine falls on every command alike.
  for (let round = 0; round < runs; round++) {
    for (const entry of results) {
      const measured = time(entry.command, entry.args, CORPUS);
      entry.times.push(measured.elapsed);
      if (measured.cpu !== undefined) entry.cpu.push(measured.cpu);
    }
  }
  const wallFloor = median(results[0].times);
  const cpuFloor = findGnuTime() ? median(results[0].cpu) : undefined;
  console.log(`\n${COMMITS} commits, load average ${loadavg().map((value) => value.toFixed(2)).join(" ")} (1/5/15 min) after the runs, ${AGREEMENTS} agreements, median of ${runs} runs (wall time; CPU time = user + system):\n`);
  for (const entry of results) {
    const wall = median(entry.times);
    const cpu = cpuFloor === undefined ? "" : `   cpu ${median(entry.cpu).toFixed(0).padStart(6)} ms ${(median(entry.cpu) / cpuFloor).toFixed(2).padStart(6)}x`;
    console.log(`  ${entry.label.padEnd(54)} wall ${wall.toFixed(0).padStart(6)} ms ${(wall / wallFloor).toFixed(2).padStart(6)}x${cpu}`);
  }
  console.log(`\n(ratios against git log --name-status; target: within 3x)`);
}

await main();
