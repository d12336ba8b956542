import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { RULES } from "../../scripts/rules/index.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

// ajv-formats is CommonJS with a default export; under NodeNext its type is the module namespace.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = () => addFormats(new Ajv2020({ strict: false }));

async function run(...argv: string[]) {
  return runCli(argv, { cwd: REPOSITORY_ROOT });
}

const commands = [...(await run("--help")).stdout.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((match) => match[1]!);

describe("every command", () => {
  it("is listed by --help", () => {
    expect(commands).toEqual(expect.arrayContaining(["lint", "report", "diff", "history", "cycle", "submit", "codeowners", "new", "schema"]));
  });

  it.each(commands)("%s has --help and -h, printed with exit 0", async (command) => {
    const long = await run(command, "--help");
    expect(long.status).toBe(0);
    expect(long.stdout).toMatch(new RegExp(`^Usage: agreements ${command}\\b`));
    expect((await run(command, "-h")).stdout).toBe(long.stdout);
    expect((await run("help", command)).stdout).toBe(long.stdout);
  });
});

describe("agreements schema", () => {
  it("prints the agreement schema, which compiles and names every rule a waiver may silence", async () => {
    const { status, stdout } = await run("schema");
    expect(status).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$defs.waiver.properties.rule.enum).toEqual(RULES.map((rule) => rule.id));
    const validate = ajv().compile(schema);
    const example = readFileSync(join(REPOSITORY_ROOT, "agreements", "vm", "vm-statssekreterare.md"), "utf8").split(/^---$/m)[1]!;
    expect(validate(parse(example))).toBe(true);
  });

  it("prints the catalogue schema, which the shipped catalogue meets", async () => {
    const schema = JSON.parse((await run("schema", "catalogue")).stdout);
    const catalogue = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8").split(/^---$/m)[1]!;
    expect(ajv().compile(schema)(parse(catalogue))).toBe(true);
  });

  it("refuses an unknown schema name with exit 2", async () => {
    const { status, stderr } = await run("schema", "agreemnt");
    expect(status).toBe(2);
    expect(stderr).toMatch(/"agreemnt" is not a schema: use agreement or catalogue/);
  });
});
