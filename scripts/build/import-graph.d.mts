// Types for import-graph.mjs, a plain build script, so that test/architecture/import-graph.test.ts is checked.

/** What countImportGraph() finds; paths relative to `root`, a top-level file being its own folder. */
export interface ImportGraph {
  root: string;
  files: string[];
  lines: number;
  fileCircles: string[][];
  folderCircles: string[][];
  upward: string[];
  unlayered: string[];
}

export const LAYERS: readonly (readonly string[])[];
export function countImportGraph(root: string, layers?: readonly (readonly string[])[]): ImportGraph;
export function describeImportGraph(graph: ImportGraph, options?: { list?: boolean; cwd?: string }): string;
