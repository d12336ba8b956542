import type { Command } from "./io.js";

// PLACEHOLDER: to be implemented.
export const reportCommand: Command = { name: "report", summary: "", help: "", run: async () => 2 };
