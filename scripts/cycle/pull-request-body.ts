import { codeSpan, escapeMarkdownText } from "../output/markdown-escape.js";
import type { Agreement, Catalogue, Party } from "../model/types.js";
import { isGithubLogin, partyLogins } from "../github/logins.js";
import { WORDING } from "./wording.js";

/** A place in the rolled-forward agreement still marked to be filled in: a `to-be-filled` finding. */
export interface PlaceToFill {
  line: number;
  message: string;
}

export interface PullRequestTextInput {
  year: number;
  catalogue: { path: string; catalogue: Catalogue };
  path: string;
  agreement: Agreement;
  toFill: readonly PlaceToFill[];
  branch: string;
  /** The repository's web address (https://github.com/owner/repo): adds links to each place and to the web editor. */
  repositoryUrl?: string;
}

/** Lets a person (and a tool) tell a cycle pull request apart; the head branch is what finds it again. */
export function pullRequestMarker(year: number, id: string): string {
  return `<!-- agreements cycle ${year}: ${id} -->`;
}

function party(person: Party): string {
  const login = isGithubLogin(person.github) ? ` @${person.github}` : "";
  return `${escapeMarkdownText(person.name)} (${escapeMarkdownText(person.title)})${login}`;
}

/** A file on the branch, for a link: each part of the branch and path encoded, the slashes kept. */
function fileUrl(base: string, kind: "blob" | "edit", branch: string, path: string): string {
  const encode = (text: string) => text.split("/").map(encodeURIComponent).join("/");
  return `${base.replace(/\/+$/, "")}/${kind}/${encode(branch)}/${encode(path)}`;
}

/**
 * The pull request's body, in the agreement's language: what it is, the parties, the deadline, each place
 * still to fill in, and a checklist for the discussion and the approvals. Text from the agreement is escaped,
 * so it can neither format the body nor mention anyone; only the parties' user names are mentioned. Pure.
 */
export function pullRequestBody(input: PullRequestTextInput): string {
  const { year, agreement, catalogue } = input;
  const words = WORDING[agreement.language];
  const deadline = catalogue.catalogue.deadlines.find((candidate) => candidate.id === catalogue.catalogue.updateDeadline);
  const base = input.repositoryUrl !== undefined && /^https?:\/\/[^\s]+$/.test(input.repositoryUrl) ? input.repositoryUrl : undefined;

  const lines = [
    pullRequestMarker(year, agreement.id),
    words.intro(escapeMarkdownText(agreement.title), year, codeSpan(catalogue.path)),
    "",
    words.parties(party(agreement.parties.official), party(agreement.parties.superior)),
    "",
    deadline ? words.deadline(deadline.date, escapeMarkdownText(deadline.title[agreement.language])) : words.noDeadline,
    "",
    `## ${words.toFillHeading}`,
    "",
  ];
  if (input.toFill.length === 0) lines.push(words.nothingToFill);
  else {
    lines.push(`${words.toFillIntro}`, "");
    for (const place of input.toFill) {
      const where = base ? `[${words.line(place.line)}](${fileUrl(base, "blob", input.branch, input.path)}#L${place.line})` : words.line(place.line);
      lines.push(`- ${where}: ${escapeMarkdownText(place.message)}`);
    }
  }
  if (base) lines.push("", `[${words.edit}](${fileUrl(base, "edit", input.branch, input.path)}) (${codeSpan(input.path)})`);
  const evaluationYear = catalogue.catalogue.evaluationYear;
  const evaluated = evaluationYear !== undefined && agreement.term.start <= `${evaluationYear}-12-31`;
  lines.push(
    "",
    `## ${words.checklistHeading}`,
    "",
    `- [ ] ${words.discussion}`,
    ...(evaluated ? [`- [ ] ${words.evaluation(evaluationYear)}`] : []),
    `- [ ] ${words.goals(year, catalogue.catalogue.bonus.goalsNeedMetersAndCriteria)}`,
    `- [ ] ${words.agreed}`,
    `- [ ] ${words.noPlaceholders}`,
    `- [ ] ${words.approvals(partyLogins(agreement.parties).map((login) => `@${login}`).join(", "))}`,
    "",
    words.footer(year),
    "",
  );
  return lines.join("\n");
}
