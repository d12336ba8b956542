#!/usr/bin/env node
// Moves each test file test/X.test.ts into test/<folder>/X.test.ts, where <folder> is the scripts/ folder it
// tests, so the tests mirror the tree (test/rules/…, test/git/…). Usage, from the repository root:
//
//   node tools/mirror-tests.mjs            move with `git mv` and rewrite the relative paths
//   node tools/mirror-tests.mjs --dry-run  only say what would move
//
// Re-runnable: a test already in its folder is left alone, and a test file this table does not know (one
// added on another branch) is reported, not moved and not a failure: add it to FOLDERS and run again.
// The table is keyed by the test's file name, not by what it imports, so it gives the same answer before and
// after a scripts/ folder is renamed (approvals/ and comment/ become pull-request/, cycle-github/ joins
// cycle/): the folders below already use the new names.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Tests of the command line as a whole (argv, help, exit codes, any subfolder) live in test/cli/. */
const FOLDERS = {
  apply: ["apply-progress"],
  // Checks of the whole tree's shape: who may run Git, who may import whom.
  architecture: ["architecture-git", "pull-request-layout"],
  "cms-format": ["cms-format"],
  layout: ["layout"],
  brief: ["brief-command"],
  build: ["build-swap"],
  calendar: ["calendar-command"],
  changes: ["changes", "changes-render", "changes-language", "line-diff"],
  cli: ["cli", "errors", "commands-help", "did-you-mean", "dry-run-offline", "examples", "from-subfolder", "no-crash", "readme-example", "symlinks"],
  cms: ["cms-admin-page", "cms-browser", "cms-config"],
  codeowners: ["codeowners"],
  cycle: ["cycle", "cycle-edit", "cycle-plan", "cycle-github-command", "cycle-github-plan"],
  document: ["document-hostile", "document-markdown", "document-render", "render-command"],
  format: ["format-github", "format-sarif", "format-text-json"],
  formatter: ["formatter", "format-command", "format-property", "format-cms-save"],
  git: ["git-cli", "git-commits", "git-diff", "git-history", "git-parsing"],
  github: ["github-client", "github-hostile-server", "fake-github", "fake-github-trust"],
  lint: ["engine", "bad-input", "changed-since", "check-base-rules", "config-path", "fast-path", "lint-parallel", "officials-type", "property"],
  messages: ["messages", "messages-command", "rule-descriptions"],
  model: ["positions", "fast-yaml", "markdown-bounded", "markdown-scan", "suggest"],
  output: ["output-guard"],
  package: ["package-command"],
  "pull-request": ["approvals", "approvals-command", "approvals-language", "approvals-trust", "comment", "comment-command"],
  release: ["release-command", "release-notes-hostile", "release-plan"],
  remind: ["remind-command", "remind-plan", "remind-release-language"],
  report: ["report-accessibility", "report-after-cycle-open", "report-command", "report-csv", "report-html-browser", "report-markdown", "report-model", "labels-glossary"],
  rules: ["rules", "every-finding", "fixture-changes"],
  scaffold: ["new"],
  submission: ["submit"],
  // The workflows under .github/ are not in scripts/, but they are code of their own with four tests.
  workflows: ["workflows", "workflows-github", "workflows-trust", "workflow-submission"],
};

const dryRun = process.argv.includes("--dry-run");
const root = process.cwd();
if (!existsSync(join(root, "test")) || !existsSync(join(root, "scripts"))) {
  console.error("mirror-tests: run this from the repository root (the folder with test/ and scripts/).");
  process.exit(2);
}

const folderOf = new Map();
for (const [folder, names] of Object.entries(FOLDERS)) {
  for (const name of names) {
    if (folderOf.has(name)) throw new Error(`${name} is listed under both ${folderOf.get(name)} and ${folder}`);
    folderOf.set(name, folder);
  }
}

/** One more "../" on a relative specifier, because the file is now one folder deeper. */
function deeper(specifier) {
  if (specifier === "." || specifier === "..") return `../${specifier}`;
  if (specifier.startsWith("./")) return `../${specifier.slice(2)}`;
  if (specifier.startsWith("../")) return `../${specifier}`;
  return specifier;
}

/** Whether a relative specifier, seen from test/, names a file or folder (an import of x.js is of x.ts). */
function exists(specifier) {
  const path = join(root, "test", specifier);
  return [path, path.replace(/\.js$/, ".ts"), path.replace(/\.mjs$/, ".mts")].some((candidate) => existsSync(candidate));
}

/**
 * Rewrites the relative paths a test file names by itself: static and dynamic imports and re-exports, and
 * `new URL("…", import.meta.url)`. Only a path that names something that exists is rewritten, so a path
 * inside text the test writes elsewhere (a generated module's own `import("./chunk")`) stays as it is.
 * Paths built from REPOSITORY_ROOT (test/helpers/fixtures.ts) need nothing.
 */
function rewrite(text) {
  const relative = (quote, specifier) => `${quote}${specifier.includes("${") || !exists(specifier) ? specifier : deeper(specifier)}${quote}`;
  return text
    .replace(/(\bfrom\s*)(["'])(\.{1,2}\/[^"']*)\2/g, (_all, from, quote, specifier) => from + relative(quote, specifier))
    .replace(/(\bimport\s*\(\s*)(["'`])(\.{1,2}\/[^"'`]*)\2/g, (_all, call, quote, specifier) => call + relative(quote, specifier))
    .replace(/(^\s*import\s*)(["'])(\.{1,2}\/[^"']*)\2/gm, (_all, call, quote, specifier) => call + relative(quote, specifier))
    .replace(/(\bnew URL\(\s*)(["'`])(\.{1,2}(?:\/[^"'`]*)?)\2(\s*,\s*import\.meta\.url)/g, (_all, call, quote, specifier, rest) => call + relative(quote, specifier) + rest);
}

/** Lines that build a path from the file's own place some other way: said, so that a person checks them. */
function unhandled(text) {
  return text.split("\n").flatMap((line, index) => (/__dirname|import\.meta\.dirname|import\.meta\.filename|vi\.mock\(/.test(line) ? [`  line ${index + 1}: ${line.trim()}`] : []));
}

const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" });

const moved = [];
const unknown = [];
const warnings = [];
for (const file of readdirSync(join(root, "test")).filter((name) => name.endsWith(".test.ts")).sort()) {
  const name = file.slice(0, -".test.ts".length);
  const folder = folderOf.get(name);
  if (!folder) {
    unknown.push(`test/${file}`);
    continue;
  }
  const from = `test/${file}`;
  const to = `test/${folder}/${file}`;
  if (existsSync(join(root, to))) throw new Error(`${to} exists already, and ${from} is still there: decide which one to keep.`);
  moved.push([from, to]);
  if (dryRun) continue;
  mkdirSync(join(root, "test", folder), { recursive: true });
  git("mv", from, to);
  const text = readFileSync(join(root, to), "utf8");
  writeFileSync(join(root, to), rewrite(text));
  const lines = unhandled(text);
  if (lines.length > 0) warnings.push(`${to} builds paths in a way this script does not rewrite; check:\n${lines.join("\n")}`);
}

// Documentation and comments that name a moved test by its path follow it.
if (!dryRun && moved.length > 0) {
  const tracked = git("ls-files", "-z").split("\0").filter((path) => /\.(md|ts|mjs|js|json|ya?ml)$/.test(path) && !path.startsWith("test/fixtures/"));
  for (const path of tracked) {
    if (!existsSync(join(root, path))) continue;
    const text = readFileSync(join(root, path), "utf8");
    let changed = text;
    for (const [from, to] of moved) changed = changed.replace(new RegExp(`(?<![\\w/.-])${from.replace(/[.]/g, "\\.")}`, "g"), to);
    if (changed !== text) writeFileSync(join(root, path), changed);
  }
}

console.log(`${dryRun ? "Would move" : "Moved"} ${moved.length} test file${moved.length === 1 ? "" : "s"}.`);
for (const [from, to] of moved) console.log(`  ${from} -> ${to}`);
for (const warning of warnings) console.log(`Check: ${warning}`);
if (unknown.length > 0) {
  console.log(`Not moved, because the table in tools/mirror-tests.mjs does not name their folder (add them and run again):`);
  for (const path of unknown) console.log(`  ${path}`);
}
