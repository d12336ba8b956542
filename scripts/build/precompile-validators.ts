import { renameSync, writeFileSync } from "node:fs";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { RULES } from "../rules/index.js";
import { agreementSchema, catalogueSchema, createAjv, PRECOMPILED_FILE } from "../model/validate.js";

// Run by `npm run build` after tsc: writes the two schema validators as plain JavaScript next to
// validate.js, so a lint run loads them instead of compiling the schemas at every start.
// ajv's standalone module is CommonJS with a default export; under NodeNext it arrives wrapped.
const standaloneCode = (standaloneCodeModule as unknown as { default: (ajv: unknown, refs: Record<string, string>) => string }).default;
const ruleIds = RULES.map((rule) => rule.id);
const ajv = createAjv(true);
const agreement = agreementSchema(ruleIds) as { $id: string };
const catalogue = catalogueSchema() as { $id: string };
ajv.addSchema(agreement).addSchema(catalogue);
const code = `${standaloneCode(ajv, { agreement: agreement.$id, catalogue: catalogue.$id })}\nmodule.exports.ruleIds = ${JSON.stringify(ruleIds)};\n`;
const target = new URL(`../model/${PRECOMPILED_FILE}`, import.meta.url);
const temporary = new URL(`${target.href}.tmp`);
writeFileSync(temporary, code);
renameSync(temporary, target);
