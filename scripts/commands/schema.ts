import { catalogueSchema } from "../model/validate.js";
import { parseCommandArgs } from "./args.js";
import { UsageError } from "../errors.js";
import type { Command } from "./io.js";
import { registryReader } from "./reader.js";

const help = `Usage: agreements schema [agreement|catalogue]

Prints the JSON Schema (draft 2020-12) of an agreement's front matter (default) or of a yearly
goal catalogue (goals/<year>.md). Editors can use it to check files as you type.

Options:
  -h, --help   Show this help
`;

export const schemaCommand: Command = {
  name: "schema",
  help,
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {});
    const [which = "agreement", ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`expected one schema name, got ${positionals.length}.`);
    if (which !== "agreement" && which !== "catalogue") {
      throw new UsageError(`"${which}" is not a schema: use agreement or catalogue.`);
    }
    const schema = which === "agreement" ? registryReader().agreementSchema() : catalogueSchema();
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return 0;
  },
};
