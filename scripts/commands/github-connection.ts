import { createGitHub, type GitHub } from "../github/client.js";
import type { CommandIO } from "./io.js";

/** The flags every GitHub command reads its connection from. */
export interface ConnectionFlags {
  dryRun: boolean;
  tokenEnv: string | undefined;
  repo: string | undefined;
}

/**
 * The GitHub client, or undefined for a dry run without a token: a local preview has nothing to ask
 * GitHub with, so nothing is asked. Made before any other work, so a missing token or repository is
 * reported first.
 */
export function connectUnlessPreview(flags: ConnectionFlags, io: CommandIO): GitHub | undefined {
  if (flags.dryRun && !io.env[flags.tokenEnv ?? "GITHUB_TOKEN"]?.trim()) return undefined;
  return createGitHub({
    env: io.env,
    ...(flags.tokenEnv === undefined ? {} : { tokenEnv: flags.tokenEnv }),
    ...(flags.repo === undefined ? {} : { repository: flags.repo }),
  });
}
