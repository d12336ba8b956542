import type { Party } from "../model/types.js";

/** GitHub's rule for user names: letters, digits and single hyphens, not at either end; at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** The stand-in `agreements new` writes until a party's user name is known. */
const PLACEHOLDER = "to-be-filled";

/** Whether a value is a real GitHub user name that can be mentioned or asked for a review. */
export function isGithubLogin(value: unknown): value is string {
  return typeof value === "string" && LOGIN.test(value) && value !== PLACEHOLDER;
}

/**
 * The GitHub user names of the two parties (official first), without the stand-in and without repeats.
 * Accepts unchecked data too (a file that failed the schema), taking what is usable from it.
 */
export function partyLogins(parties: { official?: Partial<Party>; superior?: Partial<Party> } | undefined): string[] {
  const logins = [parties?.official?.github, parties?.superior?.github].filter(isGithubLogin);
  // GitHub user names are case-insensitive: the same person written twice is mentioned once.
  return logins.filter((login, index) => logins.findIndex((other) => other.toLowerCase() === login.toLowerCase()) === index);
}
