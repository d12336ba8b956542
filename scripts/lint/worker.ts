import { parentPort, workerData } from "node:worker_threads";
import { RULES } from "../rules/index.js";
import { loadValidators } from "../model/validate.js";
import { lint, splitRules } from "./engine.js";
import type { WorkerMessage, WorkerTask } from "./parallel.js";
import { readFromDisk } from "./run.js";

// One lint worker thread: read and check its share with the file rules; see parallel.ts.
const task = workerData as WorkerTask;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);

try {
  const { findings, filesChecked, files } = lint({
    ...readFromDisk(task.root, [...task.shard, ...task.catalogues], task.reported),
    rules: splitRules(RULES).files,
    // The schema of every rule, as the main thread has: a waiver of a repository-wide rule (unique-id) is
    // valid here too, and the precompiled validators give the same messages as in one thread.
    validators: loadValidators(RULES.map((rule) => rule.id)),
    today: task.today,
    severities: task.severities,
    withData: task.withData,
    languages: task.languages,
  });
  send({ type: "result", findings, filesChecked, files: task.sendCatalogues ? files : files.filter((file) => file.kind !== "catalogue") });
} catch (error) {
  send({ type: "error", message: error instanceof Error ? error.stack ?? error.message : String(error) });
}
