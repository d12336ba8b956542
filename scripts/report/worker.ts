import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { buildContext, collectFacts, parseFiles, runRules, type CrossFileFacts } from "../lint/engine.js";
import { loadValidators } from "../model/validate.js";
import { RULES } from "../rules/index.js";
import type { ReportWorkerMessage, ReportWorkerTask } from "./parallel.js";
import { toReportSource } from "./source.js";

// One report worker thread: the lint worker's steps (parse its share once, share the cross-file facts, run
// the rules), and it also sends back what the report needs of each file, so the main thread never parses.
const task = workerData as ReportWorkerTask;
const port = parentPort!;
const send = (message: ReportWorkerMessage) => port.postMessage(message);
const failed = (error: unknown) => send({ type: "error", message: error instanceof Error ? error.stack ?? error.message : String(error) });

try {
  const parsed = parseFiles(
    [...task.shard, ...task.catalogues].map((path) => ({ path, bytes: readFileSync(join(task.root, path)) })),
    loadValidators(RULES.map((rule) => rule.id)),
  );
  send({ type: "facts", facts: collectFacts(parsed) });
  port.once("message", (everyFact: CrossFileFacts[]) => {
    try {
      const context = buildContext(parsed, everyFact, { today: task.today, pathExists: (path) => existsSync(join(task.root, path)) });
      const reported = new Set([...task.shard, ...task.reportedCatalogues]);
      const { findings } = runRules(parsed, context, { rules: RULES, today: task.today, severities: task.severities, reportOn: (path) => reported.has(path) });
      send({ type: "result", findings, sources: parsed.filter((file) => reported.has(file.path)).map(toReportSource) });
    } catch (error) {
      failed(error);
    }
  });
} catch (error) {
  failed(error);
}
