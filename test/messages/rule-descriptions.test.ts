import { describe, expect, it } from "vitest";
import { formatSarif } from "../../scripts/lint/formats/sarif.js";
import { RULE_DESCRIPTIONS, ruleDescription } from "../../scripts/messages/rule-descriptions.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

/** English words of the descriptions; ids, keys (`agreed:`), paths and the placeholder may stay. */
const ENGLISH = /\b(?:the|must|every|each|agreement|agreements|goal|goals|file|files|year|term|date|with|without|that|which|of|and|or|not|be|in|for|cycle's|instruction|deadline|result|bonus|section|link|links|value|rule)\b/i;

function withoutValues(text: string): string {
  return text.replace(/TO BE FILLED|to-be-filled|\([^)]*:[^)]*\)|\S+:|\S*[/<>.-]\S*/g, " ");
}

describe("rule descriptions in Finnish and Swedish", () => {
  it.each(["fi", "sv"] as const)("%s: every rule of the registry has one, none is left over, and none is English", (language) => {
    expect(Object.keys(RULE_DESCRIPTIONS[language]).sort()).toEqual(RULES.map((rule) => rule.id).sort());
    for (const rule of RULES) {
      const text = ruleDescription(rule, language);
      expect(text).not.toBe(rule.description);
      expect(withoutValues(text), `${rule.id}: ${text}`).not.toMatch(ENGLISH);
    }
  });

  it("the check can fail: the English descriptions are caught", () => {
    expect(RULES.filter((rule) => ENGLISH.test(withoutValues(ruleDescription(rule, "en")))).length).toBeGreaterThan(RULES.length / 2);
  });

  it("lint --list-rules lists them in --lang, else the config's language (Finnish by default)", async () => {
    const list = async (...argv: string[]) => {
      const run = await runCli(["lint", "--list-rules", ...argv], { cwd: REPOSITORY_ROOT });
      expect(run.status).toBe(0);
      return run.stdout;
    };
    const schema = RULES.find((rule) => rule.id === "schema")!;
    expect(await list("--lang", "sv")).toContain(`schema                   error    ${RULE_DESCRIPTIONS.sv.schema}\n`);
    expect(await list("--lang", "en")).toContain(`schema                   error    ${schema.description}\n`);
    expect(await list()).toBe(await list("--lang", "fi"));
  });

  it("SARIF carries the rule metadata in the chosen language, ruleId unchanged", () => {
    const sarif = (language: "fi" | "sv" | "en") =>
      JSON.parse(formatSarif([], { rules: RULES, toolVersion: "1.0.0", filesChecked: 0, color: false, language })) as {
        runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } } }[];
      };
    const [fi, sv, en] = (["fi", "sv", "en"] as const).map((language) => sarif(language).runs[0]!.tool.driver.rules);
    expect(fi!.map((rule) => rule.id)).toEqual(en!.map((rule) => rule.id));
    expect(sv!.find((rule) => rule.id === "schema")!.shortDescription.text).toBe(RULE_DESCRIPTIONS.sv.schema);
    expect(fi!.find((rule) => rule.id === "schema")!.help.text).toContain("Jokainen havainto kertoo, mitä muuttaa.");
    expect(en!.find((rule) => rule.id === "schema")!.shortDescription.text).toBe(RULES.find((rule) => rule.id === "schema")!.description);
  });
});
