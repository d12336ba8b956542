import { stringifyJson } from "../output/guard.js";
import type { ReportRenderer } from "./renderer.js";

/** The model itself, as documented in model.ts: the stable, language-independent output. */
export const renderJson: ReportRenderer = (model) => [{ name: "report.json", content: stringifyJson(model) }];
