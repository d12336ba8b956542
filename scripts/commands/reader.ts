import { createReader, type Reader } from "../reader/reader.js";
import { RULES } from "../rules/index.js";

/** The reader every command reads with: the registry's rules, passed down from here (see reader/reader.ts). */
export function registryReader(): Reader {
  return createReader(RULES);
}
