import { approvalWords } from "../../messages/approvals.js";
import type { Message } from "../../messages/catalogue.js";
import { parseFile, type AgreementFile } from "../../model/document.js";
import type { Party } from "../../model/types.js";
import type { Validators } from "../../model/validate.js";

/** Why a version of an agreement cannot be used: the first problem `agreements lint` would report in it. */
export interface ReadProblem {
  /** In English; `text` says it in any language. */
  message: string;
  hint: string;
  /** The lint's message, or none when the front matter could not be read at all. */
  text?: Message;
  /** 1-based position of the problem in that version of the file. */
  line: number;
  column: number;
}

/** One version of an agreement (at the pull request's head, or at its base), as the approval rule needs it. */
export type AgreementAtRef =
  | { readable: true; path: string; id: string; parties: { official: Party; superior: Party } }
  | {
      readable: false;
      path: string;
      id: string | null;
      problem: ReadProblem;
      /** The parties' logins as far as the YAML can be read at all, for a base version that fails the schema. */
      partyLogins?: { official?: string; superior?: string };
    };

/**
 * Reads one version of an agreement from its bytes, exactly as `agreements lint` would. An agreement whose
 * front matter does not pass the schema is not readable: its parties cannot be trusted, so it is reported
 * with its first problem and the approval rule blocks it until the file is fixed.
 */
export function readAgreementAt(path: string, bytes: Uint8Array, validators: Validators): AgreementAtRef {
  const file = parseFile(path, bytes, "agreement", validators) as AgreementFile;
  if (file.agreement) {
    const { official, superior } = file.agreement.parties;
    return { readable: true, path, id: file.agreement.id, parties: { official, superior } };
  }
  const first = [...file.syntaxProblems, ...file.schemaProblems].sort((a, b) => a.start - b.start)[0];
  const position = file.source.positionAt(first?.start ?? 0);
  return {
    readable: false,
    path,
    id: rawId(file),
    ...partyLoginsOf(file),
    problem: {
      ...(first === undefined ? approvalWords("en").frontMatterUnreadable : { message: first.message, hint: first.hint, text: first.text }),
      line: position.line,
      column: position.column,
    },
  };
}

/**
 * `parties.official.github` and `parties.superior.github` as written, when the YAML parses even though the
 * schema fails (a renamed field elsewhere, a newer schema): the parties in force must not vanish with it.
 */
function partyLoginsOf(file: AgreementFile): { partyLogins?: { official?: string; superior?: string } } {
  const data = file.frontMatter?.data;
  const parties = field(data, "parties");
  const login = (role: string): string | undefined => {
    const value = field(field(parties, role), "github");
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const official = login("official");
  const superior = login("superior");
  if (official === undefined && superior === undefined) return {};
  return { partyLogins: { ...(official !== undefined ? { official } : {}), ...(superior !== undefined ? { superior } : {}) } };
}

function field(data: unknown, key: string): unknown {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>)[key] : undefined;
}

/**
 * The id as written, if there is one, so a broken agreement can still be named the way people know it.
 * When the YAML cannot be parsed at all, a top-level `id:` line of the usual form still names it.
 */
function rawId(file: AgreementFile): string | null {
  const data = file.frontMatter?.data;
  if (typeof data === "object" && data !== null && !Array.isArray(data)) {
    const id = (data as Record<string, unknown>).id;
    return typeof id === "string" && id.trim() !== "" ? id : null;
  }
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(file.source.text)?.[1] ?? "";
  return /^id:[ \t]*(["']?)([a-z0-9-]+)\1[ \t]*$/m.exec(frontMatter)?.[2] ?? null;
}
