import { RepositoryError } from "./errors.js";
import { gitMessage, type WorkingCopy } from "./working-copy.js";
import { runGit } from "./run.js";

/**
 * The reason a remote gave for refusing a ref, from `git push --porcelain` ("!\t<src>:<dst>\t[remote
 * rejected] (reason)"), plus any lines the remote's hooks printed ("remote: …"). Pure.
 */
export function pushRefusal(output: string): string | undefined {
  const rejected = output
    .split("\n")
    .filter((line) => line.startsWith("!\t"))
    .map((line) => line.split("\t")[2]?.trim())
    .filter((reason): reason is string => reason !== undefined && reason !== "");
  if (rejected.length === 0) return undefined;
  const remoteSaid = output
    .split("\n")
    .filter((line) => line.startsWith("remote: "))
    .map((line) => line.slice("remote: ".length).trim())
    .filter((line) => line !== "");
  return [rejected.join("; "), ...(remoteSaid.length > 0 ? [`the remote said: ${remoteSaid.join(" ")}`] : [])].join("; ");
}

/**
 * Pushes one tag, spelled out in full (refs/tags/<name>) so a branch of the same name can never be meant.
 * Never with --force: a tag the remote already has at another commit is refused, not replaced.
 */
export async function pushTag(workingCopy: WorkingCopy, remote: string, name: string): Promise<void> {
  try {
    await runGit(workingCopy, ["push", "--porcelain", remote, `refs/tags/${name}:refs/tags/${name}`]);
  } catch (error) {
    const said = error instanceof Error ? error.message : String(error);
    const refusal = pushRefusal(said);
    throw new RepositoryError(
      refusal
        ? `The remote "${remote}" refused the tag ${name}: ${refusal}. Ask whoever looks after the repository why it was refused.`
        : `Git could not push the tag ${name} to "${remote}": ${gitMessage(error)} Check the network connection and that you may push to the repository.`,
      { cause: error },
    );
  }
}
