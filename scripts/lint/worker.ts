import { parentPort, workerData } from "node:worker_threads";
import { createReader } from "../reader/reader.js";
import { RULES } from "../rules/index.js";
import { contentHashes } from "./cache.js";
import { lint, splitRules } from "./engine.js";
import type { WorkerMessage, WorkerTask } from "./parallel.js";
import { readFromDisk } from "./run.js";

// One lint worker thread: read and check its share with the file rules; see parallel.ts. Like cli.ts this
// is an entry point: it takes from the registry exactly the rules the calling thread named.
const task = workerData as WorkerTask;
const send = (message: WorkerMessage) => parentPort!.postMessage(message);

try {
  const byId = new Map(RULES.map((rule) => [rule.id, rule]));
  const unknown = task.ruleIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) throw new Error(`a lint worker can only check with the registered rules; not registered: ${unknown.join(", ")}`);
  const reader = createReader(task.ruleIds.map((id) => byId.get(id)!));
  const disk = readFromDisk(task.root, task.shard, task.reported);
  const { findings, filesChecked, files, probes } = lint({
    ...disk,
    files: [...task.catalogues, ...disk.files],
    rules: splitRules(reader.rules).files,
    // The schema of every rule, as the main thread has: a waiver of a repository-wide rule (unique-id) is
    // valid here too, and the precompiled validators give the same messages as in one thread.
    validators: reader.validators(),
    today: task.today,
    severities: task.severities,
    withData: task.withData,
    languages: task.languages,
    recordProbes: task.forCache ?? false,
  });
  // The hash of the bytes this thread read, not of a second reading: the cache must key each result on what it was made from.
  const hashes = task.forCache ? contentHashes(disk.files) : undefined;
  send({ type: "result", findings, filesChecked, files: task.sendCatalogues ? files : files.filter((file) => file.kind !== "catalogue"), ...(task.forCache ? { probes, hashes } : {}) });
} catch (error) {
  send({ type: "error", message: error instanceof Error ? error.stack ?? error.message : String(error) });
}
