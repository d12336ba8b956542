#!/usr/bin/env node
// Counts the import graph of scripts/: files, lines, circles (strongly connected components) between files and
// between folders, and "upward" imports against the layer order in LAYERS below. Usage:
//   node scripts/build/import-graph.mjs [--list] [--root=<folder>]
// test/architecture/import-graph.test.ts runs countImportGraph() over scripts/ and expects every count to be 0.
// Regex, not a TypeScript program: imports here are always the one-line `from "./x.js"` / `import("./x.js")` form.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Layers, lowest first. A file may import its own layer or lower ones; anything else is an upward arrow.
export const LAYERS = [
  // layout/ is path strings only (it imports nothing), so everything may ask it where a file lives.
  ["errors.ts", "version.ts", "output", "files", "types", "layout"],
  // model/ writes its problems as messages, so messages/ (with the types its catalogues name) sits below it.
  ["messages"],
  ["model"],
  ["git", "github"],
  ["rules", "reader", "lint"],
  ["changes", "formatter", "report", "document", "brief", "package", "calendar", "cms", "cms-format", "codeowners",
   "scaffold", "submission", "release", "remind", "cycle", "pull-request", "apply",
   // Folders of earlier versions, so that their figures can be counted too.
   "approvals", "comment", "cycle-github", "format"],
  ["commands", "cli.ts"],
];

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

/**
 * The import graph of the .ts files under `root` (without build/ folders). Paths in the answer are relative
 * to `root`; a top-level file is its own "folder" (errors.ts). Pure but for reading the files.
 */
export function countImportGraph(root, layers = LAYERS) {
  root = resolve(root);
  const layerOf = (folder) => {
    const i = layers.findIndex((names) => names.includes(folder));
    return i === -1 ? undefined : i;
  };
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) { if (name !== "build") walk(full); }
      else if (name.endsWith(".ts")) files.push(full);
    }
  })(root);

  const folderOf = (file) => { const rel = relative(root, file); return rel.includes("/") ? rel.split("/")[0] : rel; };
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

  const fileCircles = sccs(files, (f) => edges.get(f) ?? []);
  const folderEdges = new Map();
  const upward = [];
  const unknown = new Set();
  for (const [from, tos] of edges) for (const to of tos) {
    const a = folderOf(from), b = folderOf(to);
    if (a !== b) { if (!folderEdges.has(a)) folderEdges.set(a, new Set()); folderEdges.get(a).add(b); }
    const la = layerOf(a), lb = layerOf(b);
    if (la === undefined) unknown.add(a); if (lb === undefined) unknown.add(b);
    if (la !== undefined && lb !== undefined && lb > la) upward.push(`${relative(root, from)} → ${relative(root, to)}`);
  }
  const folders = [...new Set(files.map(folderOf))];
  // A folder that imports nothing and is imported by nobody has no layer check at all, so it must be named too.
  for (const folder of folders) if (layerOf(folder) === undefined) unknown.add(folder);
  const folderCircles = sccs(folders, (f) => [...(folderEdges.get(f) ?? [])]);
  return {
    root,
    files: files.map((f) => relative(root, f)),
    lines,
    fileCircles: fileCircles.map((c) => c.map((f) => relative(root, f)).sort()),
    folderCircles: folderCircles.map((c) => c.sort()),
    upward,
    unlayered: [...unknown].sort(),
  };
}

/** The counts as the command prints them; with `list`, every circle and upward import too. */
export function describeImportGraph(graph, { list = false, cwd = process.cwd() } = {}) {
  const out = [
    `${graph.files.length} files, ${graph.lines} lines in ${relative(cwd, graph.root) || "."}/ (.ts, without build/)`,
    `${graph.fileCircles.length} import circles between files (${graph.fileCircles.reduce((n, c) => n + c.length, 0)} files in them)`,
    `${graph.folderCircles.length} circles between folders (${graph.folderCircles.map((c) => c.join("↔")).join("; ") || "none"})`,
    `${graph.upward.length} upward imports against the layer order`,
  ];
  if (graph.unlayered.length) out.push(`folders without a layer: ${graph.unlayered.join(", ")}`);
  if (list) {
    for (const c of graph.fileCircles) out.push(`circle: ${c.join(", ")}`);
    for (const u of graph.upward) out.push(`upward: ${u}`);
  }
  return out.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv.find((a) => a.startsWith("--root="))?.slice(7) ?? "scripts";
  console.log(describeImportGraph(countImportGraph(root), { list: process.argv.includes("--list") }));
}
