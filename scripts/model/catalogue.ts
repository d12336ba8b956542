import type { Catalogue, Deadline } from "./types.js";

/** The deadline `updateDeadline` names: when agreements must answer this cycle. Undefined when it names none. */
export function findUpdateDeadline(catalogue: Catalogue): Deadline | undefined {
  return catalogue.deadlines.find((deadline) => deadline.id === catalogue.updateDeadline);
}
