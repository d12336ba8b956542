import type { Command } from "./io.js";

// PLACEHOLDER: to be implemented.
export const newCommand: Command = { name: "new", summary: "", help: "", run: async () => 2 };
