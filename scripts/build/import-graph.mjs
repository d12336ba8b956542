#!/usr/bin/env node
// Counts the import graph of scripts/: files, lines, circles (strongly connected components) between files and
// between folders, and "upward" imports against the layer order in ARCHITECTURE.md. Usage:
//   node scripts/build/import-graph.mjs [--list]
// Regex, not a TypeScript program: imports here are always the one-line `from "./x.js"` / `import("./x.js")` form.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname, relative, resolve } from "node:path";

const ROOT = resolve(process.argv.find((a) => a.startsWith("--root="))?.slice(7) ?? "scripts");
const LIST = process.argv.includes("--list");

// Layers, lowest first. A file may import its own layer or lower ones; anything else is an upward arrow.
const LAYERS = [
  // layout/ is path strings only (it imports nothing), so everything may ask it where a file lives.
  ["errors.ts", "version.ts", "output", "files", "types", "layout"],
  // model/ writes its problems as messages, so messages/ (with the types its catalogues name) sits below it.
  ["messages"],
  ["model"],
  ["git", "github"],
  ["rules", "reader", "lint"],
  ["changes", "format", "formatter", "report", "document", "brief", "package", "calendar", "cms", "cms-format", "codeowners",
   "scaffold", "submission", "release", "remind", "cycle", "pull-request", "apply",
   // Folders of earlier versions, so that their figures can be counted too.
   "approvals", "comment", "cycle-github"],
  ["commands", "cli.ts"],
];
const layerOf = (folder) => {
  const i = LAYERS.findIndex((names) => names.includes(folder));
  return i === -1 ? undefined : i;
};

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) { if (name !== "build") walk(full); }
    else if (name.endsWith(".ts")) files.push(full);
  }
})(ROOT);

const folderOf = (file) => { const rel = relative(ROOT, file); return rel.includes("/") ? rel.split("/")[0] : rel; };
const edges = new Map();
let lines = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  lines += text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  const targets = new Set();
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = resolve(dirname(file), m[1].replace(/\.js$/, ".ts"));
    if (files.includes(target) || statSync(target, { throwIfNoEntry: false })) targets.add(target);
  }
  edges.set(file, [...targets].filter((t) => t !== file));
}

function sccs(nodes, next) {
  let index = 0; const idx = new Map(), low = new Map(), stack = [], on = new Set(), out = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
    for (const w of next(v)) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) { const c = []; let w; do { w = stack.pop(); on.delete(w); c.push(w); } while (w !== v); out.push(c); }
  };
  for (const v of nodes) if (!idx.has(v)) visit(v);
  return out.filter((c) => c.length > 1);
}

const fileCircles = sccs(files, (f) => edges.get(f) ?? []);
const folderEdges = new Map();
const upward = [];
const unknown = new Set();
for (const [from, tos] of edges) for (const to of tos) {
  const a = folderOf(from), b = folderOf(to);
  if (a !== b) { if (!folderEdges.has(a)) folderEdges.set(a, new Set()); folderEdges.get(a).add(b); }
  const la = layerOf(a), lb = layerOf(b);
  if (la === undefined) unknown.add(a); if (lb === undefined) unknown.add(b);
  if (la !== undefined && lb !== undefined && lb > la) upward.push(`${relative(ROOT, from)} → ${relative(ROOT, to)}`);
}
const folders = [...new Set(files.map(folderOf))];
const folderCircles = sccs(folders, (f) => [...(folderEdges.get(f) ?? [])]);

console.log(`${files.length} files, ${lines} lines in ${relative(process.cwd(), ROOT) || "."}/ (.ts, without build/)`);
console.log(`${fileCircles.length} import circles between files (${fileCircles.reduce((n, c) => n + c.length, 0)} files in them)`);
console.log(`${folderCircles.length} circles between folders (${folderCircles.map((c) => c.sort().join("↔")).join("; ") || "none"})`);
console.log(`${upward.length} upward imports against the layer order`);
if (unknown.size) console.log(`folders without a layer: ${[...unknown].join(", ")}`);
if (LIST) {
  for (const c of fileCircles) console.log(`circle: ${c.map((f) => relative(ROOT, f)).sort().join(", ")}`);
  for (const u of upward) console.log(`upward: ${u}`);
}
