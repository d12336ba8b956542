import { parentPort, workerData } from "node:worker_threads";
import { createReader } from "../reader/reader.js";
import { RULES } from "../rules/index.js";
import { compareChangedFile } from "./from-git.js";
import type { DiffWorkerMessage, DiffWorkerTask } from "./parallel.js";
import { createAgreementParser } from "./parse-version.js";

// One diff worker thread (see parallel.ts): takes the next changed file from the shared counter until none is
// left, and sends back the structured changes of those it took. Like cli.ts this is an entry point: it reads
// with the whole registry, as `agreements diff` does (commands/diff.ts).
const task = workerData as DiffWorkerTask;
const send = (message: DiffWorkerMessage) => parentPort!.postMessage(message);

try {
  const parse = createAgreementParser(createReader(RULES));
  const changes: [number, ReturnType<typeof compareChangedFile>][] = [];
  for (let index = Atomics.add(task.next, 0, 1); index < task.files.length; index = Atomics.add(task.next, 0, 1)) {
    changes.push([index, compareChangedFile(task.files[index]!, parse)]);
  }
  send({ type: "result", changes });
} catch (error) {
  send({ type: "error", message: error instanceof Error ? error.stack ?? error.message : String(error) });
}
