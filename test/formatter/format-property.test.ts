import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document, isMap, isScalar, isSeq, parse, Scalar, visit } from "yaml";
import { formatFile, sameData } from "../../scripts/formatter/format-file.js";
import type { RootSchema } from "../../scripts/formatter/schema-shape.js";
import { lint } from "../../scripts/lint/engine.js";
import { agreementSchema, loadValidators } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";

/**
 * For random valid agreements, written every way YAML allows (keys in any order, any quoting, flow or
 * block, comments, indentation), `format` keeps the data, lint finds nothing it did not find before,
 * and formatting the result again changes nothing.
 */

const PATH = "agreements/vm/vm-statssekreterare.md";
const GOALS = "goals/2020.md";
const goalsBytes = readFileSync(join(REPOSITORY_ROOT, GOALS));
const example = readFileSync(join(REPOSITORY_ROOT, PATH), "utf8");
const [, exampleYaml = "", ...bodyParts] = example.split(/^---$/m);
const BODY = bodyParts.join("---");
const BASE = parse(exampleYaml, { version: "1.2", schema: "core" }) as Record<string, unknown>;
const SCHEMA = agreementSchema([]) as RootSchema;
const validators = loadValidators(RULES.map((rule) => rule.id));

function findings(text: string): string[] {
  const result = lint({ files: [{ path: PATH, bytes: Buffer.from(text) }, { path: GOALS, bytes: goalsBytes }], rules: RULES, today: "2020-05-01", validators, pathExists: (path) => path === GOALS });
  return result.findings.filter((finding) => finding.file === PATH).map((finding) => `${finding.rule}: ${finding.message}`).sort();
}

/** Text officials type: letters of both languages, and every sign that means something in YAML. */
const text = fc.string({ unit: fc.constantFrom(..."aäöåz AZ09 #:>-|'\"{}[],&*!%@`?~=<\\\t".split("")), minLength: 1, maxLength: 24 }).filter((value) => value.trim() !== "");

const STYLES = [Scalar.PLAIN, Scalar.QUOTE_SINGLE, Scalar.QUOTE_DOUBLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED] as const;

const agreementText = fc.gen().map((g) => {
  const data = structuredClone(BASE) as { title: string; goals: { title: string; measures?: string[]; meters?: { name: string; target: string | number; baseline?: string }[] }[]; evaluations?: { summary: string }[] };
  if (g(fc.boolean)) data.title = g(() => text);
  for (const goal of data.goals) {
    if (g(fc.boolean)) goal.title = g(() => text);
    if (g(fc.boolean)) goal.measures = [...(goal.measures ?? []), g(() => text)];
    for (const meter of goal.meters ?? []) {
      if (g(fc.boolean)) meter.target = g(() => fc.oneof(text, fc.integer({ min: 0, max: 1000 })));
      if (g(fc.boolean)) meter.baseline = g(() => text);
    }
  }
  for (const evaluation of data.evaluations ?? []) if (g(fc.boolean)) evaluation.summary = g(() => text);

  const document = new Document(data);
  visit(document, {
    Map(_, map) {
      map.flow = g(() => fc.boolean());
      map.items = g(() => fc.shuffledSubarray(map.items, { minLength: map.items.length }));
    },
    Seq(_, seq) {
      seq.flow = g(() => fc.boolean());
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && g(() => fc.integer({ min: 0, max: 5 })) === 0) pair.key.commentBefore = " a note";
    },
    Scalar(key, scalar) {
      // Keys stay plain: a key in block style is a "complex key", which no agreement has.
      if (key !== "key" && typeof scalar.value === "string") scalar.type = g(() => fc.constantFrom(...STYLES));
    },
  });
  const indent = g(() => fc.integer({ min: 2, max: 4 }));
  return { data, text: `---\n${document.toString({ indent, lineWidth: g(() => fc.constantFrom(0, 40, 80)) })}---${BODY}` };
});

function readsBackAs(text: string, data: unknown): boolean {
  try {
    return sameData(parse(text.split(/^---$/m)[1]!, { version: "1.2", schema: "core" }), data);
  } catch {
    return false;
  }
}

describe("format on random valid agreements", () => {
  it("keeps the data, lint finds nothing new, and a second run changes nothing", () => {
    fc.assert(
      fc.property(agreementText, ({ data, text: written }) => {
        // Only what reads back as the intended agreement counts: the generator must make valid YAML.
        fc.pre(readsBackAs(written, data));
        const once = formatFile(written, SCHEMA);
        if (!once.ok) throw new Error(`refused:\n${written}\n${JSON.stringify(once.problem)}`);
        expect(readsBackAs(once.text, data)).toBe(true);
        expect(once.text.endsWith(BODY)).toBe(true);
        expect(findings(once.text)).toEqual(findings(written));
        expect(formatFile(once.text, SCHEMA)).toEqual({ ok: true, text: once.text, changed: false });
      }),
      // Shrinking a counterexample re-lints it thousands of times; the first one found is reported as it is.
      { numRuns: 100, endOnFailure: true },
    );
  });
});

// Guard against a generator that only ever produces the same shape.
describe("the generator", () => {
  it("writes both flow and block maps, and quoted and plain text", () => {
    const samples = fc.sample(agreementText, { numRuns: 20, seed: 1 }).map((sample) => sample.text);
    expect(samples.some((sample) => /\{ /.test(sample))).toBe(true);
    expect(samples.some((sample) => /^ +- [a-z]+: /m.test(sample))).toBe(true);
    expect(samples.some((sample) => /'/.test(sample))).toBe(true);
    expect(new Set(samples).size).toBe(20);
    void isMap;
    void isSeq;
  });
});
