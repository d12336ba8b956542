import { Worker } from "node:worker_threads";
import type { CrossFileFacts, SeveritySetting } from "../lint/engine.js";
import { compareFindings, type Finding } from "../lint/finding.js";
import type { ReportSource } from "./source.js";

/** What a report worker is told: its share of the agreements, plus every catalogue (each worker needs them all). */
export interface ReportWorkerTask {
  root: string;
  shard: string[];
  catalogues: string[];
  /** Catalogues to report on and send back: given to the first worker only, so each counts once. */
  reportedCatalogues: string[];
  today: string;
  severities: Record<string, SeveritySetting>;
}

export type ReportWorkerMessage =
  | { type: "facts"; facts: CrossFileFacts }
  | { type: "result"; findings: Finding[]; sources: ReportSource[] }
  | { type: "error"; message: string };

/**
 * Lints for the report with several worker threads, as `agreements lint` does for a large repository: each
 * parses its share once, the threads share the cross-file facts, each runs the rules on its share and sends
 * back its findings and the report's view of its files. Same result as `lint()` in one thread.
 */
export async function lintForReportInParallel(task: Omit<ReportWorkerTask, "shard" | "reportedCatalogues"> & { files: string[]; jobs: number }): Promise<{ findings: Finding[]; sources: ReportSource[] }> {
  const { files, jobs, ...shared } = task;
  const shards = Array.from({ length: jobs }, (_, index) => files.filter((_, position) => position % jobs === index));
  const workers = shards.map(
    (shard, index) =>
      new Worker(new URL("./worker.js", import.meta.url), { workerData: { ...shared, shard, reportedCatalogues: index === 0 ? shared.catalogues : [] } satisfies ReportWorkerTask }),
  );
  try {
    const facts = await Promise.all(workers.map((worker) => nextMessage(worker, "facts")));
    const everyFact = facts.map((message) => message.facts);
    for (const worker of workers) worker.postMessage(everyFact);
    const results = await Promise.all(workers.map((worker) => nextMessage(worker, "result")));
    return {
      findings: results.flatMap((result) => result.findings).sort(compareFindings),
      sources: results.flatMap((result) => result.sources).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function nextMessage<T extends ReportWorkerMessage["type"]>(worker: Worker, type: T): Promise<Extract<ReportWorkerMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ReportWorkerMessage) => {
      cleanup();
      if (message.type === "error") reject(new Error(message.message));
      else if (message.type !== type) reject(new Error(`report worker sent "${message.type}" instead of "${type}"`));
      else resolve(message as Extract<ReportWorkerMessage, { type: T }>);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`a report worker stopped (exit code ${code}) before sending its ${type}`));
    };
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
  });
}
