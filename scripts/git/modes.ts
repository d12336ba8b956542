/**
 * Git's mode for a symbolic link. A link is never an agreement, in any command: its blob is only the
 * path it points to, and on disk it could point anywhere (outside the repository too). See README.md.
 * A leaf of its own because both the tree listing (tree-files.ts) and the diff parser (raw-diff.ts) skip links.
 */
export const SYMBOLIC_LINK = "120000";
