import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { loadValidators } from "../model/validate.js";
import { RULES } from "../rules/index.js";
import { buildContext, collectFacts, parseFiles, runRules, type CrossFileFacts } from "./engine.js";
import type { WorkerMessage, WorkerTask } from "./parallel.js";

// One lint worker thread: parse its share, share the cross-file facts, then run the rules. See parallel.ts.
const task = workerData as WorkerTask;
const port = parentPort!;
const send = (message: WorkerMessage) => port.postMessage(message);

try {
  const paths = [...task.shard, ...task.catalogues];
  const parsed = parseFiles(
    paths.map((path) => ({ path, bytes: readFileSync(join(task.root, path)) })),
    loadValidators(RULES.map((rule) => rule.id)),
  );
  const ownFacts = collectFacts(parsed);
  send({ type: "facts", facts: ownFacts });
  port.once("message", (everyFact: CrossFileFacts[]) => {
    try {
      const pathExists = (path: string) => existsSync(join(task.root, path));
      const context = buildContext(parsed, everyFact, { today: task.today, pathExists });
      const reported = new Set(task.reported);
      const reportOn = (path: string) => reported.has(path);
      send({ type: "result", ...runRules(parsed, context, { rules: RULES, today: task.today, severities: task.severities, reportOn }) });
    } catch (error) {
      send({ type: "error", message: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  });
} catch (error) {
  send({ type: "error", message: error instanceof Error ? error.stack ?? error.message : String(error) });
}
