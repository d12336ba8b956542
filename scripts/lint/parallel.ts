import { Worker } from "node:worker_threads";
import type { DataKept, FileSummary } from "../model/summary.js";
import type { SeveritySetting } from "../reader/config.js";
import type { LanguageChoice } from "./engine.js";
import type { Finding } from "./finding.js";

/**
 * Below this many agreements a second thread costs more (its start-up loads and compiles the parsers anew)
 * than it saves. Measured on a quiet 2-core machine with bench/worker-split.mjs (wall time of --jobs 2 over
 * --jobs 1): 1.31x at 400 agreements, 1.11x at 1,600, 1.09x at 3,200, 1.02x at 6,400, 0.87x at 10,000.
 * Ministries keep tens of agreements, so in practice a lint runs on one thread.
 */
export const PARALLEL_THRESHOLD = 6000;

/** Old-space limit of a worker thread (see lintInWorkers; the diff's workers, changes/parallel.ts, use it too). */
export const WORKER_OLD_SPACE_MB = 128;

/** What a lint worker is told: its share of the agreements, plus every catalogue (each worker needs them all). */
export interface WorkerTask {
  root: string;
  /** The ids of the rules to check with, in order; the worker takes them from the registry. */
  ruleIds: string[];
  /** Agreement paths this worker reads. */
  shard: string[];
  /**
   * Every catalogue, as the calling thread read it: all workers check against the same bytes, those `lint
   * --cache` made its key of, even when a catalogue is saved while they run.
   */
  catalogues: { path: string; bytes: Uint8Array }[];
  /** The paths of its share to report on, and, for the first worker only, the catalogues to report on. */
  reported: string[];
  /** Whether this worker sends back the catalogues' summaries (the first one only, so each comes once). */
  sendCatalogues: boolean;
  today: string;
  severities: Record<string, SeveritySetting>;
  withData: DataKept;
  languages?: LanguageChoice | undefined;
  /** For `lint --cache`: send back, per agreement, the paths its rules asked about and the hash of the bytes read. */
  forCache?: boolean;
}

export type WorkerMessage =
  | { type: "result"; findings: Finding[]; filesChecked: number; files: FileSummary[]; probes?: Record<string, [string, boolean][]>; hashes?: Record<string, string> }
  | { type: "error"; message: string };

/**
 * Lints with several worker threads, each reading and checking its share of the agreements with the file
 * rules; the caller runs the repository-wide rules over the summaries they send back. Same findings as
 * one thread (see test/lint/lint-parallel.test.ts).
 */
export async function lintInWorkers(task: Omit<WorkerTask, "shard" | "sendCatalogues"> & { agreements: string[]; jobs: number }): Promise<Omit<Extract<WorkerMessage, { type: "result" }>, "type">> {
  const { agreements, jobs, reported, ...shared } = task;
  const shards = Array.from({ length: jobs }, (_, index) => agreements.filter((_, position) => position % jobs === index));
  const workers = shards.map((shard, index) => {
    const own = new Set(index === 0 ? [...shard, ...shared.catalogues.map((file) => file.path)] : shard);
    const workerData: WorkerTask = { ...shared, shard, reported: reported.filter((path) => own.has(path)), sendCatalogues: index === 0 };
    // Each worker holds one file at a time plus small summaries; a modest old-space limit makes V8 collect
    // early instead of growing each thread's heap towards the default of a quarter of the memory (issue 13:
    // peak memory under 300 MB for 10,000 agreements). The largest file a worker reads is capped at 128 kB.
    return new Worker(new URL("./worker.js", import.meta.url), { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
  });
  try {
    const results = await Promise.all(workers.map(result));
    return {
      findings: results.flatMap((each) => each.findings),
      filesChecked: results.reduce((sum, each) => sum + each.filesChecked, 0),
      files: results.flatMap((each) => each.files),
      ...(task.forCache ? { probes: Object.assign({}, ...results.map((each) => each.probes)), hashes: Object.assign({}, ...results.map((each) => each.hashes)) } : {}),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function result(worker: Worker): Promise<Extract<WorkerMessage, { type: "result" }>> {
  return new Promise((resolve, reject) => {
    worker.once("message", (message: WorkerMessage) => (message.type === "error" ? reject(new Error(message.message)) : resolve(message)));
    worker.once("error", reject);
  });
}
