import { Worker } from "node:worker_threads";
import { WORKER_OLD_SPACE_MB } from "../lint/parallel.js";
import { compareChangedFile, type ChangedBytes } from "./from-git.js";
import type { AgreementParser } from "./parse-version.js";
import type { AgreementChange } from "./types.js";

/** What a diff worker is told: every changed file, and the shared counter from which each thread takes the next one. */
export interface DiffWorkerTask {
  files: ChangedBytes[];
  /** One Int32 on a SharedArrayBuffer: the index of the next file nobody has taken yet. */
  next: Int32Array;
}

export type DiffWorkerMessage = { type: "result"; changes: [index: number, change: AgreementChange][] } | { type: "error"; message: string };

/**
 * The threads to compare with: as asked, else one, and never more than the cores nor than one per changed
 * agreement. One by default because a second thread did not pay where it was measured (bench/issue-13.md,
 * round 6: on a busy 2-core machine it added 250 ms of CPU for its start-up and its own cold compiler, and
 * made a 1,000-agreement diff slower even at raised priority); on a machine with idle cores `--jobs` can
 * still help. The output does not depend on it.
 */
export function diffThreadCount(asked: number | undefined, files: number, cores: number): number {
  return Math.max(1, Math.min(asked ?? 1, cores, files));
}

/**
 * Each file's structured change, in the order of `files`, compared by this thread and `jobs - 1` worker
 * threads together (started before `parser` is awaited, so they load while it does). The threads take the
 * files one at a time from a shared counter, so this thread starts at once and a worker that is still
 * loading its parsers (or a busy machine) only means this thread does more: nothing waits for a worker but
 * the files it has taken. Same result as one thread (test/changes/diff-parallel.test.ts): each file is
 * parsed and compared by the same code, and only the plain data of its change comes back.
 */
export async function compareInThreads(files: readonly ChangedBytes[], parser: AgreementParser | Promise<AgreementParser>, jobs: number): Promise<AgreementChange[]> {
  if (jobs <= 1) {
    const parse = await parser;
    return files.map((file) => compareChangedFile(file, parse));
  }
  const changes: (AgreementChange | undefined)[] = new Array(files.length);
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const task: DiffWorkerTask = { files: [...files], next };
  // Same old-space limit as the lint's workers: each holds the changed files' bytes and one parsed pair at a time.
  const workers = Array.from({ length: jobs - 1 }, () => new Worker(new URL("./diff-worker.js", import.meta.url), { workerData: task, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } }));
  try {
    // Settled from the start, so a worker that fails while this thread is busy is not an unhandled rejection.
    const fromWorkers = collect(workers, changes);
    fromWorkers.catch(() => undefined);
    // The workers load their parsers while this thread waits for its own.
    const parse = await parser;
    let missing = files.length;
    for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
      changes[index] = compareChangedFile(files[index]!, parse);
      missing -= 1;
    }
    if (missing > 0) await fromWorkers;
    return changes as AgreementChange[];
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Fills in what the workers send; settles once no index is left empty, or at the first worker's failure. */
function collect(workers: readonly Worker[], changes: (AgreementChange | undefined)[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      for (let index = 0; index < changes.length; index++) if (changes[index] === undefined) return;
      resolve();
    };
    for (const worker of workers) {
      worker.once("message", (message: DiffWorkerMessage) => {
        if (message.type === "error") return reject(new Error(message.message));
        for (const [index, change] of message.changes) changes[index] = change;
        check();
      });
      worker.once("error", reject);
      worker.once("exit", (code) => {
        if (code !== 0) reject(new Error(`a diff worker thread stopped with exit code ${code}`));
      });
    }
  });
}
