// The floor: the least any linter of our format must do, with no rules. Read every file, split the
// front matter with gray-matter + the yaml package (as scripts/model/front-matter.ts does), validate it
// with the compiled ajv schema (dist/model/validate.js), parse the body with remark's parser
// (mdast-util-from-markdown, which remark-parse wraps and the lint calls directly). `agreements lint`
// is measured against this: what it spends above the floor is the cost of its rules and positions.
//
//   cd <repository> && node <this file>     prints one JSON line: files, problems seen, elapsed ms

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { fromMarkdown } from "mdast-util-from-markdown";
import { parseDocument } from "yaml";

const started = performance.now();
const distUrl = new URL("../dist/", import.meta.url);
const { compileValidators } = await import(new URL("model/validate.js", distUrl).href);

// The agreement schema lists the rule ids (a waiver must name a real rule). Rule id = file name, so the
// floor gets the same schema without loading a single rule.
const ruleIds = readdirSync(new URL("rules/", distUrl))
  .filter((name) => name.endsWith(".js") && name !== "index.js" && name !== "rule.js")
  .map((name) => name.slice(0, -3));
const validators = compileValidators(ruleIds);
// The lint's YAML options, minus the duplicate-key check: that is a check, and the floor has none.
const yamlOptions = { version: "1.2", schema: "core", uniqueKeys: false, prettyErrors: false, keepSourceTokens: false };

const root = process.cwd();
const files = [...walk(root, "agreements"), ...walk(root, "goals")];
let yamlErrors = 0;
let schemaInvalid = 0;
let bodyNodes = 0;
for (const path of files) {
  const text = readFileSync(join(root, path), "utf8");
  let document;
  const file = matter(text, {
    engines: {
      yaml: {
        parse: (source) => {
          document = parseDocument(source, yamlOptions);
          return {};
        },
      },
    },
  });
  bodyNodes += fromMarkdown(file.content).children.length;
  if (!document || document.errors.length > 0) {
    yamlErrors++;
    continue;
  }
  const data = document.toJS({ maxAliasCount: 100 });
  const validate = path.startsWith("goals/") ? validators.catalogue : validators.agreement;
  if (!validate(data)) schemaInvalid++;
}
const elapsedMs = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ files: files.length, yamlErrors, schemaInvalid, bodyNodes, elapsedMs })}\n`);

/** Markdown files under a folder, sorted, skipping what the lint skips (dot entries, README.md). */
function walk(root, folder) {
  const found = [];
  const visit = (relative) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const path = `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile() && entry.name.endsWith(".md") && entry.name !== "README.md") found.push(path);
    }
  };
  visit(folder);
  return found.sort();
}
