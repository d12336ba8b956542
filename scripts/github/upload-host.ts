/**
 * Where release assets may be uploaded: only to the API's own host, because the upload carries the
 * token. A release's `upload_url` comes from the server's answer; a hostile or misconfigured server
 * could name any host there and collect the token.
 */

/** GitHub.com serves uploads from its own upload host; GitHub Enterprise Server from the API's host (/api/uploads). */
const GITHUB_COM_UPLOADS: Record<string, string> = { "https://api.github.com": "https://uploads.github.com" };

/** Whether `uploadUrl` may receive an upload (with the token) for the API at `apiUrl`: same origin, or GitHub.com's upload host. */
export function uploadOriginAllowed(uploadUrl: string, apiUrl: string): boolean {
  let upload: URL;
  let api: URL;
  try {
    upload = new URL(uploadUrl.replace(/\{[^}]*\}$/, ""));
    api = new URL(apiUrl);
  } catch {
    return false;
  }
  return upload.origin === api.origin || upload.origin === GITHUB_COM_UPLOADS[api.origin];
}

/** The host (and port) of an address, for a message; the address itself when it cannot be read. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "an address that cannot be read";
  }
}
