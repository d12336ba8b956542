import { describe, expect, it } from "vitest";
import { neutraliseLine, neutraliseText } from "../../scripts/output/guard.js";

// neutraliseText returns text with nothing to neutralise as it is, without cutting it into lines (issue 13,
// round 4). These tests hold it to the line-by-line definition, so that shortcut can never let a character
// through that neutraliseLine would have escaped.
function lineByLine(text: string, controls: boolean): string {
  return text
    .split("\n")
    .map((line) => (line.endsWith("\r") ? `${neutraliseLine(line.slice(0, -1), { controls })}\r` : neutraliseLine(line, { controls })))
    .join("\n");
}

const CONTROL_CHARS = ["\u0000", "\u0007", "\u0008", "\u000e", "\u001b", "\u001f", "\u007f", "\u0084", "\u0086", "\u009f"];
/** Every character neutraliseLine treats specially, and `::` and `##[` with what may stand before them. */
const SPECIAL = [
  ...["\r", "\u000b", "\u000c", "\u0085", "\u2028", "\u2029"],
  ...["\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"],
  ...CONTROL_CHARS,
  ...["::", "##[", " ::", "\u200b::", "\ufeff::", "\t::"],
];

describe("neutraliseText", () => {
  for (const controls of [false, true]) {
    it(`treats each special character or sequence inside clean lines as line by line does (controls: ${controls})`, () => {
      for (const special of SPECIAL) {
        for (const text of [`ok\nbefore ${special} after\nok\n`, `${special}set-output name=x::1\n`, `a\n${special}`]) {
          expect(neutraliseText(text, { controls }), JSON.stringify(text)).toBe(lineByLine(text, controls));
        }
      }
    });

    it(`changes text that holds a character it escapes (controls: ${controls})`, () => {
      const escaped = SPECIAL.filter((special) => !special.includes("::") && (controls || !CONTROL_CHARS.includes(special)));
      for (const special of escaped) expect(neutraliseText(`x${special}y\n`, { controls }), JSON.stringify(special)).not.toBe(`x${special}y\n`);
      for (const lead of ["", " ", "\t", "\u200b", "\ufeff"]) expect(neutraliseText(`ok\n${lead}::error::boom\n`, { controls })).not.toBe(`ok\n${lead}::error::boom\n`);
    });

    it(`gives the line-by-line result for generated texts (controls: ${controls})`, () => {
      // A small fixed generator (no Math.random: the same texts every run).
      let seed = 13;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
      const alphabet = ["a", " ", "\n", ":", "#", "[", "{", '"', "ä", ...SPECIAL];
      for (let count = 0; count < 3000; count++) {
        const length = next() % 24;
        let text = "";
        for (let index = 0; index < length; index++) text += alphabet[(next() >> 8) % alphabet.length];
        expect(neutraliseText(text, { controls }), JSON.stringify(text)).toBe(lineByLine(text, controls));
      }
    });
  }

  it("returns clean report text as it is", () => {
    const text = '{\n  "file": "agreements/vm/a.md",\n  "title": "Ledningsavtal: Avdelningschef"\n}\n| a | b |\n';
    expect(neutraliseText(text)).toBe(text);
  });
});
