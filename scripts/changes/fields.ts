import type { FieldChange, Value } from "./types.js";

/** Keys compared elsewhere with their own meaning (goals by id, evaluations by year). */
const SEPARATELY_COMPARED = new Set(["goals", "evaluations"]);

/** List items are matched by the first of these keys that every item has, uniquely; else by position. */
const ITEM_KEYS = ["id", "rule", "year", "name"];

/**
 * Every top-level field that differs, nested ones by dotted path ("parties.official.name",
 * "term.end", "waivers[personal-identity-code].until"). A whole map or list item present on one side
 * only is one change, its value written on one line. Keys added to the format later are compared too.
 */
export function compareFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of unionKeys(before, after)) {
    if (!SEPARATELY_COMPARED.has(key)) compareValue(key, before[key], after[key], changes);
  }
  return changes;
}

function compareValue(path: string, before: unknown, after: unknown, changes: FieldChange[]): void {
  if (isRecord(before) && isRecord(after)) {
    for (const key of unionKeys(before, after)) compareValue(`${path}.${key}`, before[key], after[key], changes);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeItems = keyedItems(before);
    const afterItems = keyedItems(after);
    for (const key of new Set([...afterItems.keys(), ...beforeItems.keys()])) {
      compareValue(`${path}[${key}]`, beforeItems.get(key), afterItems.get(key), changes);
    }
    return;
  }
  if (sameValue(before, after)) return;
  changes.push({ field: path, ...(before === undefined ? {} : { before: toValue(before) }), ...(after === undefined ? {} : { after: toValue(after) }) });
}

function keyedItems(items: readonly unknown[]): Map<string, unknown> {
  const key = ITEM_KEYS.find((candidate) => {
    const values = items.map((item) => (isRecord(item) ? item[candidate] : undefined));
    return values.every((value) => typeof value === "string" || typeof value === "number") && new Set(values).size === values.length;
  });
  return new Map(items.map((item, index) => [key ? String((item as Record<string, unknown>)[key]) : String(index + 1), item]));
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(b), ...Object.keys(a)])];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function sameValue(a: unknown, b: unknown): boolean {
  // Most fields of two versions are the same text or number: no need to write both out to see it.
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** A scalar stays as it is; a map or list becomes one line such as "{name: Maria Exempel, title: …}". */
export function toValue(value: unknown): Value {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return inline(value);
}

function inline(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (isRecord(value)) return `{${Object.entries(value).map(([key, item]) => `${key}: ${inline(item)}`).join(", ")}}`;
  return String(value);
}
