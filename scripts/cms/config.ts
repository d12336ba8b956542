import { AGREEMENT_LIST_LABELS, BODY_LABEL, COLLECTION_LABELS, FIELD_LABELS, type Labels, type Language } from "./labels.js";

/** The languages an agreement may be written in, in the order the lists are shown after the form's own. */
const AGREEMENT_LANGUAGES: readonly Language[] = ["fi", "sv", "en"];

/** What the config is generated from: the agreement schema, the goal catalogues' goals, and where the repository lives. */
export interface CmsConfigInput {
  schema: JsonSchema;
  /** Every common goal of every catalogue, children included: the choices of the common-goal field. */
  commonGoals: readonly { id: string; title: string }[];
  language: Language;
  /** owner/name on GitHub. */
  repository: string;
  branch: string;
  labels?: Labels;
}

interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
}

/** One field of a Decap/Sveltia CMS collection (the subset we generate). */
export interface CmsField {
  name: string;
  label: string;
  hint?: string;
  widget: "string" | "text" | "select" | "number" | "datetime" | "object" | "list" | "markdown";
  required?: false;
  options?: { value: string | number; label: string }[];
  value_type?: "int";
  format?: string;
  date_format?: string;
  time_format?: false;
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: false;
  default?: string;
}

/** A field of the schema that the form has no words for: the config is not built without them. */
export class MissingLabelError extends Error {
  override readonly name = "MissingLabelError";
}

/** Free text the form shows as a text area rather than one line. */
const LONG_TEXT = new Set(["evaluations[].summary", "waivers[].reason"]);

/**
 * The CMS configuration for the agreements, generated from the agreement schema: every property a
 * field, in the schema's order (so a CMS save is already close to what `agreements format` writes),
 * choices for every enum, date pickers for dates, the catalogues' goals as the choices of the
 * common-goal field. Pure: data in, data out.
 */
export function buildCmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const labels = input.labels ?? FIELD_LABELS;
  const root = input.schema;
  const resolve = (node: JsonSchema | undefined): JsonSchema => {
    let current = node ?? {};
    for (let hops = 0; current.$ref && hops < 32; hops++) current = root.$defs?.[/^#\/\$defs\/(.+)$/.exec(current.$ref)?.[1] ?? ""] ?? {};
    return current;
  };

  const field = (name: string, path: string, node: JsonSchema, required: boolean): CmsField => {
    const wording = labels[path]?.[input.language];
    if (!wording) throw new MissingLabelError(`The form has no label for the field "${path}" in ${input.language}: add it to scripts/cms/labels.ts.`);
    const base: CmsField = { name, label: wording.label, widget: "string", ...(wording.hint ? { hint: wording.hint } : {}), ...(required ? {} : { required: false as const }) };
    const schema = resolve(node);
    if (path === "goals[].common") {
      return { ...base, widget: "select", options: input.commonGoals.map((goal) => ({ value: goal.id, label: `${goal.title} (${goal.id})` })) };
    }
    if (schema.enum) {
      const values = [...new Set(schema.enum.map(String))];
      return { ...base, widget: "select", options: values.map((value) => ({ value, label: value })) };
    }
    if (schema.format === "date") return { ...base, widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false };
    if (schema.type === "integer") return { ...base, widget: "number", value_type: "int" };
    if (schema.type === "object") return { ...base, widget: "object", fields: fields(path, schema) };
    if (schema.type === "array") {
      const items = resolve(schema.items);
      // Open: an agreement has a handful of goals, and an official should see each meter without hunting for it.
      if (items.type === "object") return { ...base, widget: "list", collapsed: false, fields: fields(`${path}[]`, items) };
      // One input per item: a list without `field` is one comma-separated line in Decap, which would
      // split a development measure that has a comma in it.
      return { ...base, widget: "list", field: { name: "item", label: wording.label, widget: "string" } };
    }
    return { ...base, widget: LONG_TEXT.has(path) ? "text" : "string" };
  };

  const fields = (path: string, node: JsonSchema): CmsField[] => {
    const schema = resolve(node);
    const required = new Set(schema.required ?? []);
    return Object.entries(schema.properties ?? {}).map(([name, child]) => field(name, path === "" ? name : `${path}.${name}`, child, required.has(name)));
  };

  const agreementFields = [...fields("", root), { name: "body", label: BODY_LABEL[input.language].label, widget: "markdown" }];
  return {
    backend: { name: "github", repo: input.repository, branch: input.branch },
    // Every save is a pull request, which both parties approve as for any other change.
    publish_mode: "editorial_workflow",
    locale: input.language,
    media_folder: "agreements/media",
    // One list per language of the agreements, the form's own language first. Decap lists every .md file
    // under the folder (agreements/README.md showed as an empty row) and its only filter is "this field
    // has this value", so the lists filter on `language`: required, and always a word, never a number, so
    // every valid agreement is in exactly one list and a file that is not an agreement in none.
    collections: [...AGREEMENT_LANGUAGES].sort((a, b) => Number(b === input.language) - Number(a === input.language)).map((language) => ({
      name: `agreements-${language}`,
      label: AGREEMENT_LIST_LABELS[input.language][language],
      label_singular: COLLECTION_LABELS[input.language].singular,
      folder: "agreements",
      filter: { field: "language", value: language },
      // A new agreement goes to agreements/<ministry in lower case>/<id>.md, where the lint expects it.
      path: "{{ministry | lower}}/{{slug}}",
      slug: "{{id}}",
      extension: "md",
      format: "frontmatter",
      create: true,
      // A new agreement in this list starts in its language, so it is listed here once saved.
      fields: agreementFields.map((field) => (field.name === "language" ? { ...field, default: language } : field)),
    })),
  };
}
