import { isMap, isPair, isScalar, visit, type Scalar } from "yaml";
import type { ParsedFile } from "../model/document.js";
import { say } from "../messages/catalogue.js";
import type { Report, FileRule } from "./rule.js";

/** The marker `agreements new` and the yearly roll-forward write where a person must still write the content. */
export const TO_BE_FILLED = "TO BE FILLED";

/** The enum value that stands in for an evaluation's rating or bonus until the discussion has decided it. */
export const ENUM_PLACEHOLDER = "to-be-filled";
const ANY_PLACEHOLDER = /TO\s+BE\s+FILLED|to-be-filled/;

/** The keys whose value may be the enum placeholder; each has its own message. */
const ENUM_KEYS = ["rating", "bonus", "github"] as const;
type EnumKey = (typeof ENUM_KEYS)[number];

/**
 * Runs on every agreement with front matter, even one that fails the schema: a placeholder left in a
 * half-written agreement is exactly what its author needs to see.
 */
export const toBeFilled: FileRule = {
  id: "to-be-filled",
  defaultSeverity: "error",
  description: `Placeholders (${TO_BE_FILLED}, or to-be-filled as a rating or bonus) must be replaced with the real content.`,
  appliesTo: ["agreement"],
  check(file) {
    if (!file.frontMatter) return [];
    // Nearly every file has no placeholder: one text search spares walking its whole YAML tree. The
    // marker may be folded over lines in YAML, hence \s+.
    if (!ANY_PLACEHOLDER.test(file.source.text)) return [];
    return [...frontMatterPlaceholders(file), ...bodyPlaceholders(file)];
  },
};

function frontMatterPlaceholders(file: ParsedFile): Report[] {
  const frontMatter = file.frontMatter!;
  const text = file.source.text;
  const reports: Report[] = [];
  visit(frontMatter.document, {
    Scalar(_key, node, path) {
      if (!node.range) return;
      const start = frontMatter.offset + node.range[0];
      const end = frontMatter.offset + node.range[1];
      const keyName = nearestKey(path);
      if (node.value === ENUM_PLACEHOLDER && ENUM_KEYS.includes(keyName as EnumKey) && isValueOf(node, path)) {
        const text =
          keyName === "github"
            ? say("to-be-filled.github", { party: partyName(path) })
            : say(keyName === "rating" ? "to-be-filled.rating" : "to-be-filled.bonus", { year: evaluationYear(path) });
        reports.push({ text, start, end });
        return;
      }
      if (typeof node.value !== "string" || !node.value.includes(TO_BE_FILLED)) return;
      const said = say("to-be-filled.front-matter", { marker: TO_BE_FILLED, key: keyName });
      // Point at each marker in the source; a marker split by line folding is found only in the value.
      const offsets = occurrences(text.slice(start, end), TO_BE_FILLED).map((offset) => start + offset);
      for (const offset of offsets.length > 0 ? offsets : [start]) {
        reports.push({ text: said, start: offset, end: offsets.length > 0 ? offset + TO_BE_FILLED.length : end });
      }
    },
  });
  // Values that must be real dates or user names cannot hold the marker, so `agreements new` writes a
  // stand-in with a note in a comment beside it (`agreed: 2020-04-30 # TO BE FILLED: …`): report those too.
  const reported = new Set(reports.map((report) => report.start));
  const yamlEnd = frontMatter.offset + (frontMatter.document.range?.[2] ?? 0);
  for (const offset of occurrences(text.slice(frontMatter.offset, yamlEnd), TO_BE_FILLED)) {
    const start = frontMatter.offset + offset;
    if (reported.has(start)) continue;
    reports.push({
      text: say("to-be-filled.note", { marker: TO_BE_FILLED }),
      start,
      end: start + TO_BE_FILLED.length,
    });
  }
  return reports.sort((a, b) => a.start - b.start);
}

function bodyPlaceholders(file: ParsedFile): Report[] {
  return occurrences(file.body, TO_BE_FILLED).map((offset) => ({
    text: say("to-be-filled.body", { marker: TO_BE_FILLED }),
    start: file.bodyOffset + offset,
    end: file.bodyOffset + offset + TO_BE_FILLED.length,
  }));
}

/** The key this scalar belongs to: the key of its own pair, or of the nearest pair holding the list it is in. */
function nearestKey(path: readonly unknown[]): string | undefined {
  for (let index = path.length - 1; index >= 0; index--) {
    const ancestor = path[index];
    if (isPair(ancestor) && isScalar(ancestor.key)) return String(ancestor.key.value);
  }
  return undefined;
}

/** Whether the scalar is directly the value of a pair (so `rating: to-be-filled`, not a key or list item). */
function isValueOf(node: Scalar, path: readonly unknown[]): boolean {
  const parent = path[path.length - 1];
  return isPair(parent) && parent.value === node;
}

/** The evaluation's year (so the official knows which one), read from the map that holds the pair. */
function evaluationYear(path: readonly unknown[]): string | undefined {
  const holder = path[path.length - 2];
  const year = isMap(holder) ? holder.get("year") : undefined;
  return typeof year === "number" || typeof year === "string" ? String(year) : undefined;
}

/** "official" or "superior", from the key of the map that holds `github`. */
function partyName(path: readonly unknown[]): "official" | "superior" | undefined {
  const holder = path[path.length - 3];
  const key = isPair(holder) && isScalar(holder.key) ? String(holder.key.value) : undefined;
  return key === "official" || key === "superior" ? key : undefined;
}

function occurrences(text: string, marker: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(marker); index !== -1; index = text.indexOf(marker, index + marker.length)) found.push(index);
  return found;
}
