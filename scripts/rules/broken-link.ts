import { say } from "../messages/catalogue.js";
import { bodyLinkTargets } from "../model/body-outline.js";
import { bodyRange } from "../model/document.js";
import type { Report, FileRule } from "./rule.js";

/** `https:`, `mailto:` and the like: addresses outside the repository, which this rule does not check. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * A relative link (or image) in an agreement or catalogue must lead to a file or folder in the
 * repository, as GitHub would resolve it: relative to the file's folder, or to the repository root
 * when it starts with /.
 */
export const brokenLink: FileRule = {
  id: "broken-link",
  defaultSeverity: "error",
  description: "Relative links and images in the text must point to files that exist in the repository.",
  appliesTo: ["agreement", "catalogue"],
  check(file, context) {
    const reports: Report[] = [];
    for (const node of bodyLinkTargets(file)) {
      const path = repositoryPath(file.path, node.url);
      if (path === null || (path !== undefined && context.pathExists(path))) continue;
      reports.push({
        text: path === undefined ? say("broken-link.outside", { url: node.url }) : say("broken-link.nowhere", { url: node.url, path }),
        ...bodyRange(file, node),
      });
    }
    return reports;
  },
};

/**
 * The repository-relative path a link leads to; null when the link is not to be checked (a web
 * address or an anchor in the same file), undefined when it climbs out of the repository.
 */
function repositoryPath(filePath: string, url: string): string | null | undefined {
  if (url === "" || url.startsWith("#") || url.startsWith("//") || URL_SCHEME.test(url)) return null;
  const withoutSuffix = url.replace(/[?#].*$/s, "");
  if (withoutSuffix === "") return null;
  const decoded = safeDecode(withoutSuffix);
  const segments = decoded.startsWith("/") ? [] : filePath.split("/").slice(0, -1);
  for (const segment of decoded.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.join("/") || ".";
}

/** A stray % that is not an escape stays as written instead of throwing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
