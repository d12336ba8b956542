import { Worker } from "node:worker_threads";
import type { CrossFileFacts, SeveritySetting } from "./engine.js";
import { compareFindings, type Finding } from "./finding.js";

/** Below this many files a second thread costs more (its start-up loads ajv and remark) than it saves. */
export const PARALLEL_THRESHOLD = 400;

/** What a lint worker is told: its share of the agreements, plus every catalogue (each worker needs them all). */
export interface WorkerTask {
  root: string;
  /** Agreement paths this worker parses. */
  shard: string[];
  /** Catalogue paths every worker parses. */
  catalogues: string[];
  /** The paths of its share to report on, and, for the first worker only, the catalogues to report on. */
  reported: string[];
  today: string;
  severities: Record<string, SeveritySetting>;
}

export type WorkerMessage =
  | { type: "facts"; facts: CrossFileFacts }
  | { type: "result"; findings: Finding[]; filesChecked: number }
  | { type: "error"; message: string };

/**
 * Lints with several worker threads: each parses its share once and sends back the small cross-file
 * facts (agreement ids); once all have, each gets every worker's facts and runs the rules on its share.
 * The result is the same as the single-threaded `lint()`, in the same order.
 */
export async function lintInParallel(
  task: Omit<WorkerTask, "shard"> & { agreements: string[]; jobs: number },
): Promise<{ findings: Finding[]; filesChecked: number }> {
  const { agreements, jobs, reported, ...shared } = task;
  const reportedSet = new Set(reported);
  const shards = Array.from({ length: jobs }, (_, index) => agreements.filter((_, position) => position % jobs === index));
  const workers = shards.map((shard, index) => {
    const own = new Set(index === 0 ? [...shard, ...shared.catalogues] : shard);
    const workerData: WorkerTask = { ...shared, shard, reported: [...reportedSet].filter((path) => own.has(path)) };
    return new Worker(new URL("./worker.js", import.meta.url), { workerData });
  });
  try {
    const facts = await Promise.all(workers.map((worker) => nextMessage(worker, "facts")));
    const everyFact = facts.map((message) => message.facts);
    for (const worker of workers) worker.postMessage(everyFact);
    const results = await Promise.all(workers.map((worker) => nextMessage(worker, "result")));
    const findings = results.flatMap((result) => result.findings).sort(compareFindings);
    return { findings, filesChecked: results.reduce((sum, result) => sum + result.filesChecked, 0) };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function nextMessage<T extends WorkerMessage["type"]>(worker: Worker, type: T): Promise<Extract<WorkerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: WorkerMessage) => {
      cleanup();
      if (message.type === "error") reject(new Error(message.message));
      else if (message.type !== type) reject(new Error(`lint worker sent "${message.type}" instead of "${type}"`));
      else resolve(message as Extract<WorkerMessage, { type: T }>);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
  });
}
