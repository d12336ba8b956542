import { GOALS_FOLDER } from "../layout/paths.js";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { stringify } from "yaml";
import { adminPageFiles, GENERATED_MARK, type AdminFile } from "../cms/admin-page.js";
import { buildCmsConfig } from "../cms/config.js";
import { commonGoalChoices } from "../cms/common-goals.js";
import { writeFileAtomically } from "../files/write-file.js";
import { collectMarkdownFiles } from "../lint/collect.js";
import { repositoryLanguage } from "../reader/config.js";
import { parseFile } from "../model/document.js";
import type { Catalogue } from "../model/types.js";
import { parseCommandArgs } from "./args.js";
import { LANG_FLAG, parseLang } from "./lang.js";
import { UsageError, UserError } from "../errors.js";
import type { Command } from "./io.js";
import { registryReader } from "./reader.js";
import type { Reader } from "../reader/reader.js";

const help = `Usage: agreements cms --repository OWNER/NAME [options]

Writes the form editor (Decap CMS, a Git-based CMS) for this repository into one folder: the page
index.html, the editor's own files (copied from the installed package, nothing is loaded from
elsewhere) and its configuration config.yml, generated from the agreement format and the goal
catalogues: every field of an agreement with its label and help text, the common goals of goals/ as
choices, dates as date pickers. Every save in the form becomes a pull request, which both parties
approve as any other change. Publish the folder (for example on GitHub Pages) to use it.

Options:
  --repository <owner/name>  The repository on GitHub the form saves to
  --branch <name>            Its main branch (default: main)
  --lang <fi|sv|en>          The language of the form (default: the config's language, else Finnish);
                             --language is the same
  --out <folder>             Where to write the page (default: admin)
  --auth-url <url>           The https address of the OAuth relay that signs officials in to
                             GitHub (Decap's base_url and auth_endpoint)
  --local-port <port>        Also let the form save to this computer through decap-server on
                             this port (for trying it out; leave it out for the published page)
  -h, --help                 Show this help

Run it again after the catalogues, the format or the editor's version change: it replaces only files
it wrote itself and stops, writing nothing, if the folder holds another file of the same name.
`;

/** The first line of a config.yml this command wrote; any other file of that name is left alone. */
export const GENERATED_HEADER = `# ${GENERATED_MARK}`;

export const cmsCommand: Command = {
  name: "cms",
  help,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      repository: { type: "string" },
      branch: { type: "string" },
      ...LANG_FLAG,
      // The first name of --lang here, kept so that pages and scripts written with it still work.
      language: { type: "string" },
      out: { type: "string" },
      "local-port": { type: "string" },
      "auth-url": { type: "string" },
    });
    if (positionals.length > 0) throw new UsageError(`cms takes no arguments besides its options (got "${positionals[0]}").`);
    const repository = values.repository;
    if (repository === undefined || !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) {
      throw new UsageError("--repository must name the repository on GitHub as owner/name, for example valtiovarainministerio/johtamissopimukset.");
    }
    const localPort = values["local-port"];
    if (localPort !== undefined && !/^[1-9][0-9]{0,4}$/.test(localPort)) throw new UsageError(`--local-port must be a port number such as 8081 (got "${localPort}").`);
    const authUrl = parseAuthUrl(values["auth-url"]);
    const reader = registryReader();
    // --lang wins over --language when both are given; the config is read only when neither is.
    const language = (values.lang !== undefined ? parseLang(values.lang) : parseLang(values.language, "--language")) ?? repositoryLanguage(reader.config(io.cwd));
    const shown = values.out ?? "admin";
    const out = resolve(io.cwd, shown);

    const config = buildCmsConfig({
      schema: reader.agreementSchema() as never,
      commonGoals: commonGoalChoices(loadCatalogues(io.cwd, reader), language),
      language,
      repository,
      branch: values.branch ?? "main",
    });
    if (authUrl) Object.assign(config.backend as object, authUrl);
    // decap-server answers on this address; Decap tries it first and uses GitHub when it does not answer.
    if (localPort !== undefined) config.local_backend = { url: `http://localhost:${localPort}/api/v1` };
    // The page's Content-Security-Policy lets it connect only to these (and its own folder).
    const connect = ["https://api.github.com", ...(authUrl ? [authUrl.base_url] : []), ...(localPort === undefined ? [] : [`http://localhost:${localPort}`])];
    const files: AdminFile[] = [{ name: "config.yml", bytes: `${GENERATED_HEADER}\n${stringify(config, { lineWidth: 0 })}`, generated: true }, ...adminPageFiles(language, { connect })];

    // Every file is checked before any is written, so a refusal leaves the folder as it was.
    const ours = readExisting(join(out, "config.yml"))?.startsWith(GENERATED_HEADER) === true;
    for (const file of files) {
      const existing = readBytes(join(out, file.name));
      if (existing === undefined) continue;
      const written = file.generated ? head(existing).includes(GENERATED_MARK) : ours || Buffer.from(file.bytes).equals(existing);
      if (!written) throw new UserError(`${shown}/${file.name} exists and was not written by this command; nothing was written. Move it away or choose another --out.`);
    }
    mkdirSync(out, { recursive: true });
    for (const file of files) writeFileAtomically(join(out, file.name), file.bytes);
    io.stdout(`Wrote the form editor to ${shown}/ for ${repository} (in ${language}${localPort === undefined ? "" : `, saving through decap-server on port ${localPort} when it runs`}): open ${shown}/index.html from where you publish it.\n`);
    return 0;
  },
};

/** An https address only: the sign-in carries the official's GitHub token. */
function parseAuthUrl(text: string | undefined): { base_url: string; auth_endpoint?: string } | undefined {
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "https:" || url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new UsageError(`--auth-url must be the https address of the sign-in relay, such as https://kirjautuminen.example.fi/auth: a plain address without a user name, password, ? or #. It was not written.`);
  }
  const path = url.pathname.replace(/^\/+|\/+$/g, "");
  return { base_url: url.origin, ...(path === "" ? {} : { auth_endpoint: path }) };
}

function readExisting(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function readBytes(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** The first two lines: where a generated file carries its mark (index.html after its doctype). */
function head(bytes: Buffer): string {
  return bytes.subarray(0, 4096).toString("utf8").split("\n", 2).join("\n");
}

/** The valid catalogues under goals/; one with problems is skipped here and reported by the lint. */
function loadCatalogues(root: string, reader: Reader): Catalogue[] {
  const validators = reader.validators();
  const catalogues: Catalogue[] = [];
  for (const path of collectMarkdownFiles(root, [GOALS_FOLDER], [])) {
    const file = parseFile(path, readFileSync(join(root, path)), "catalogue", validators);
    if (file.kind === "catalogue" && file.catalogue) catalogues.push(file.catalogue);
  }
  if (catalogues.length === 0) throw new UserError("goals/ holds no valid goal catalogue, so the form would have no common goals to offer. Run \"agreements lint goals\" to see why.");
  return catalogues;
}
