import type { Formatter } from "./formatter.js";

// PLACEHOLDER: to be implemented.
export const formatGithubAnnotations: Formatter = () => "";
export const formatGithubSummary: Formatter = () => "";
