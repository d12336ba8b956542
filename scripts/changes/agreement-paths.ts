/** Agreements live under agreements/; README.md files there explain a folder and are not agreements. */
export const AGREEMENTS_FOLDER = "agreements";

/** Whether a repository path is an agreement, by the same rules `agreements lint` uses to find them. */
export function isAgreementPath(path: string): boolean {
  const parts = path.split("/");
  return (
    parts[0] === AGREEMENTS_FOLDER &&
    parts.length > 1 &&
    path.endsWith(".md") &&
    parts.at(-1) !== "README.md" &&
    parts.every((part) => part !== "" && !part.startsWith("."))
  );
}

/** Whether `path` is `scope` itself or inside the folder `scope`; "" is the whole repository. */
export function isWithin(path: string, scope: string): boolean {
  return scope === "" || path === scope || path.startsWith(`${scope}/`);
}
