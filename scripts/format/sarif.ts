import type { Formatter } from "./formatter.js";

// PLACEHOLDER: to be implemented.
export const formatSarif: Formatter = () => "{}\n";
