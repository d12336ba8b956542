import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildCmsConfig, MissingLabelError, type CmsConfigInput, type CmsField } from "../../scripts/cms/config.js";
import { FIELD_LABELS, type Language } from "../../scripts/cms/labels.js";
import { GENERATED_HEADER } from "../../scripts/commands/cms.js";
import { agreementSchema } from "../../scripts/model/validate.js";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { cmsRepository, runCms } from "../helpers/cms.js";

type Schema = CmsConfigInput["schema"];
const SCHEMA = agreementSchema(RULES.map((rule) => rule.id)) as Schema;

interface CatalogueGoal {
  id: string;
  title: { sv: string; fi: string; en: string };
  children?: CatalogueGoal[];
}
const catalogue = parse(readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8").split(/^---$/m)[1]!) as { goals: CatalogueGoal[] };
const flatten = (goals: CatalogueGoal[]): CatalogueGoal[] => goals.flatMap((goal) => [goal, ...flatten(goal.children ?? [])]);
const GOAL_IDS = flatten(catalogue.goals).map((goal) => goal.id);

function config(language: Language, schema: Schema = SCHEMA) {
  const commonGoals = flatten(catalogue.goals).map((goal) => ({ id: goal.id, title: goal.title[language] }));
  return buildCmsConfig({ schema, commonGoals, language, repository: "ministeriet/avtal", branch: "main" }) as { collections: { fields: CmsField[] }[] };
}

/** Every field path of the schema, as the labels name them: `goals[].meters[].target`. */
function schemaPaths(schema: Schema): string[] {
  const resolve = (node: Schema | undefined): Schema => {
    let current = node ?? {};
    while (current.$ref) current = schema.$defs![current.$ref.replace("#/$defs/", "")]!;
    return current;
  };
  const walk = (node: Schema, prefix: string): string[] => Object.entries(resolve(node).properties ?? {}).flatMap(([name, child]) => {
    const path = prefix === "" ? name : `${prefix}.${name}`;
    const resolved = resolve(child);
    const items = resolved.type === "array" ? resolve(resolved.items) : undefined;
    return [path, ...(resolved.type === "object" ? walk(resolved, path) : []), ...(items?.type === "object" ? walk(items, `${path}[]`) : [])];
  });
  return walk(schema, "");
}

function formPaths(fields: CmsField[], prefix = ""): string[] {
  return fields.flatMap((field) => {
    const path = prefix === "" ? field.name : `${prefix}.${field.name}`;
    const nested = field.fields ? formPaths(field.fields, field.widget === "list" ? `${path}[]` : path) : [];
    return [path, ...nested];
  });
}

const find = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split(".");
  const field = fields.find((candidate) => candidate.name === head!.replace("[]", ""))!;
  return rest.length === 0 ? field : find(field.fields!, rest.join("."));
};

describe("the CMS configuration, generated from the agreement schema", () => {
  it.each(["fi", "sv", "en"] as const)("shows every field of the schema, in its order, with %s labels, plus the text", (language) => {
    const fields = config(language).collections[0]!.fields;
    expect(formPaths(fields)).toEqual([...schemaPaths(SCHEMA), "body"]);
    for (const path of schemaPaths(SCHEMA)) expect(find(fields, path).label).toBe(FIELD_LABELS[path]![language].label);
  });

  it("lists agreements only: one list per language, filtered on the required language field, so a README or other file is in none", () => {
    const collections = (config("sv") as unknown as { collections: Record<string, unknown>[] }).collections;
    expect(collections.map((collection) => [collection.name, collection.label, collection.filter])).toEqual([
      ["agreements-sv", "Svenskspråkiga ledningsavtal", { field: "language", value: "sv" }],
      ["agreements-fi", "Finskspråkiga ledningsavtal", { field: "language", value: "fi" }],
      ["agreements-en", "Engelskspråkiga ledningsavtal", { field: "language", value: "en" }],
    ]);
    // The same fields in every list, and a new agreement starts in its list's language.
    for (const collection of collections) {
      const fields = collection.fields as CmsField[];
      expect(formPaths(fields)).toEqual([...schemaPaths(SCHEMA), "body"]);
      expect(find(fields, "language").default).toBe((collection.filter as { value: string }).value);
      expect(collection).toMatchObject({ folder: "agreements", path: "{{ministry | lower}}/{{slug}}", create: true });
    }
    // Every language the schema allows has its list: an agreement in a new language would otherwise be in none.
    expect(collections.map((collection) => (collection.filter as { value: string }).value).sort()).toEqual([...(SCHEMA.properties!.language as { enum: string[] }).enum].sort());
  });

  it("has no labels for fields the schema no longer has", () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(schemaPaths(SCHEMA).sort());
  });

  it("is not built when the schema gains a field the form has no words for", () => {
    const grown = structuredClone(SCHEMA);
    grown.$defs!.meter!.properties!.source = { type: "string" };
    expect(() => config("fi", grown)).toThrow(MissingLabelError);
    expect(() => config("fi", grown)).toThrow('"goals[].meters[].source"');
  });

  it("offers the catalogue's common goals, children included, as the choices of the common-goal field", () => {
    const common = find(config("sv").collections[0]!.fields, "goals.common");
    expect(common.widget).toBe("select");
    expect(common.options!.map((option) => option.value)).toEqual(GOAL_IDS);
    expect(common.options![0]!.label).toMatch(/^Stärkande av kunskapsbaserad ledning.*\(knowledge-based-management\)$/);
  });

  it("makes sections, ratings and bonus choices, dates date pickers written YYYY-MM-DD, years whole numbers", () => {
    const fields = config("fi").collections[0]!.fields;
    expect(find(fields, "goals.section").options!.map((option) => option.value)).toEqual(["common", "result", "leadership", "development"]);
    expect(find(fields, "evaluations.rating").widget).toBe("select");
    expect(find(fields, "evaluations.bonus").widget).toBe("select");
    for (const path of ["term.start", "term.end", "agreed", "evaluations.date", "waivers.until"]) {
      expect(find(fields, path)).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
    }
    expect(find(fields, "cycle")).toMatchObject({ widget: "number", value_type: "int" });
    expect(find(fields, "goals.meters")).toMatchObject({ widget: "list" });
    expect(find(fields, "goals.measures")).toMatchObject({ widget: "list" });
    // What the schema may leave out, the form may leave empty.
    expect(find(fields, "kind").required).toBe(false);
    expect(find(fields, "id").required).toBeUndefined();
  });

  it("saves every change as a pull request on GitHub", () => {
    expect(config("en")).toMatchObject({ backend: { name: "github", repo: "ministeriet/avtal", branch: "main" }, publish_mode: "editorial_workflow" });
  });
});

describe("agreements cms", () => {
  it("writes config.yml from the schema and goals/, and replaces it when run again", async () => {
    const root = cmsRepository();
    expect(await runCms(root, "--repository", "vm/johtamissopimukset", "--language", "sv")).toEqual({ code: 0, stdout: "Wrote the form editor to admin/ for vm/johtamissopimukset (in sv): open admin/index.html from where you publish it.\n", stderr: "" });
    const text = readFileSync(join(root, "admin", "config.yml"), "utf8");
    expect(text.startsWith(GENERATED_HEADER)).toBe(true);
    const written = parse(text) as { locale: string; collections: { fields: CmsField[] }[] };
    expect(written.locale).toBe("sv");
    expect(find(written.collections[0]!.fields, "goals.common").options!.map((option) => option.value)).toEqual(GOAL_IDS);
    expect((await runCms(root, "--repository", "vm/johtamissopimukset", "--language", "sv")).code).toBe(0);
    expect(readFileSync(join(root, "admin", "config.yml"), "utf8")).toBe(text);
  });

  it("leaves a config.yml it did not write as it is", async () => {
    const root = cmsRepository();
    mkdirSync(join(root, "admin"));
    writeFileSync(join(root, "admin", "config.yml"), "backend: { name: git-gateway }\n");
    const result = await runCms(root, "--repository", "vm/avtal");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/admin\/config.yml exists and was not written by this command; nothing was written/);
    expect(readFileSync(join(root, "admin", "config.yml"), "utf8")).toBe("backend: { name: git-gateway }\n");
  });

  it.each([[[]], [["--repository", "not a repo"]], [["--repository", "a/b", "--language", "de"]]])("refuses bad options %j with exit 2", async (argv) => {
    const result = await runCms(cmsRepository(), ...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^agreements cms: /);
  });
});
