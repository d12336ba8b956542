import { registryReader } from "../../scripts/commands/reader.js";

/** The registry's reader, as every command builds it: what the library functions are given in tests. */
export const READER = registryReader();
