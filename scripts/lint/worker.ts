import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { RULES } from "../rules/index.js";
import { lint, splitRules } from "./engine.js";
import type { WorkerMessage, WorkerTask } from "./parallel.js";

// One lint worker thread: read and check its share with the file rules; see parallel.ts.
const task = workerData as WorkerTask;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);

try {
  const reported = new Set(task.reported);
  const { findings, filesChecked, files } = lint({
    files: [...task.shard, ...task.catalogues].map((path) => ({ path, bytes: readFileSync(join(task.root, path)) })),
    rules: splitRules(RULES).files,
    today: task.today,
    severities: task.severities,
    reportOn: (path) => reported.has(path),
    pathExists: (path) => existsSync(join(task.root, path)),
    withData: task.withData,
  });
  send({ type: "result", findings, filesChecked, files: task.sendCatalogues ? files : files.filter((file) => file.kind !== "catalogue") });
} catch (error) {
  send({ type: "error", message: error instanceof Error ? error.stack ?? error.message : String(error) });
}
