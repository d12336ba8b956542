import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FI_PHRASES } from "../../scripts/cms/fi-locale.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { cmsRepository, runCms } from "../helpers/cms.js";

/** Every leaf key path of a phrase tree: `editor.editorToolbar.save`. */
function leaves(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "object" && value !== null ? leaves(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe("agreements cms writes the admin page", () => {
  it("writes index.html, the start script and Decap's bundle beside config.yml, all loaded from the folder itself", async () => {
    const root = cmsRepository();
    expect((await runCms(root, "--repository", "vm/avtal", "--out", "site/admin")).code).toBe(0);
    const folder = join(root, "site", "admin");
    const names = readdirSync(folder);
    expect(names).toEqual(expect.arrayContaining(["index.html", "start.js", "config.yml", "decap-cms.js", "decap-cms.js.LICENSE.txt"]));
    // The chunks the bundle loads on demand are there too, and no source maps.
    expect(names.filter((name) => /^\d+\.decap-cms\.js$/.test(name)).length).toBeGreaterThan(10);
    expect(names.some((name) => name.endsWith(".map"))).toBe(false);
    const html = readFileSync(join(folder, "index.html"), "utf8");
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual(["config.yml", "start.js", "decap-cms.js"]);
    for (const source of sources) expect(existsSync(join(folder, source!))).toBe(true);
    expect(html).toContain('<html lang="fi">');
  });

  it("takes the form's language from the repository's config unless --lang (or --language) says otherwise", async () => {
    const root = cmsRepository();
    writeFileSync(join(root, "agreements.config.json"), JSON.stringify({ language: "sv" }));
    await runCms(root, "--repository", "vm/avtal");
    expect(parse(readFileSync(join(root, "admin", "config.yml"), "utf8"))).toMatchObject({ locale: "sv" });
    expect(readFileSync(join(root, "admin", "index.html"), "utf8")).toContain('<html lang="sv">');
    await runCms(root, "--repository", "vm/avtal", "--lang", "en");
    expect(parse(readFileSync(join(root, "admin", "config.yml"), "utf8"))).toMatchObject({ locale: "en" });
  });

  it("registers Finnish phrases for Decap, whose own locales have none, with keys Decap's English has", async () => {
    const root = cmsRepository();
    await runCms(root, "--repository", "vm/avtal");
    const start = readFileSync(join(root, "admin", "start.js"), "utf8");
    expect(start).toContain('registerLocale("fi", ');
    const english = readFileSync(join(REPOSITORY_ROOT, "node_modules", "decap-cms-locales", "dist", "esm", "en", "index.js"), "utf8");
    // A mistyped key would silently show English: every Finnish key must be one of Decap's.
    for (const path of leaves(FI_PHRASES)) expect(english, path).toMatch(new RegExp(`\\b${path.split(".").at(-1)}:`));
    expect(leaves(FI_PHRASES).length).toBeGreaterThan(100);
  });

  it("lets the form save through decap-server only when --local-port is given", async () => {
    const root = cmsRepository();
    await runCms(root, "--repository", "vm/avtal");
    expect(parse(readFileSync(join(root, "admin", "config.yml"), "utf8"))).not.toHaveProperty("local_backend");
    expect((await runCms(root, "--repository", "vm/avtal", "--local-port", "8082")).code).toBe(0);
    expect(parse(readFileSync(join(root, "admin", "config.yml"), "utf8"))).toMatchObject({ local_backend: { url: "http://localhost:8082/api/v1" } });
    const bad = await runCms(root, "--repository", "vm/avtal", "--local-port", "80; rm -rf /");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--local-port must be a port number/);
  });

  it.each(["index.html", "start.js", "decap-cms.js"])("writes nothing when the folder holds a %s it did not write", async (name) => {
    const root = cmsRepository();
    mkdirSync(join(root, "admin"));
    writeFileSync(join(root, "admin", name), "<p>the ministry's own page</p>\n");
    const result = await runCms(root, "--repository", "vm/avtal");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`admin/${name} exists and was not written by this command; nothing was written.`);
    expect(readdirSync(join(root, "admin"))).toEqual([name]);
    expect(readFileSync(join(root, "admin", name), "utf8")).toBe("<p>the ministry's own page</p>\n");
  });

  it("runs again over its own files, and writes the same bytes", async () => {
    const root = cmsRepository();
    await runCms(root, "--repository", "vm/avtal");
    const before = readFileSync(join(root, "admin", "start.js"), "utf8");
    expect((await runCms(root, "--repository", "vm/avtal")).code).toBe(0);
    expect(readFileSync(join(root, "admin", "start.js"), "utf8")).toBe(before);
  });

  it("gives the page a Content-Security-Policy that lets it connect only to GitHub's API, the sign-in relay and decap-server as the flags say", async () => {
    const root = cmsRepository();
    const policy = () => {
      const html = readFileSync(join(root, "admin", "index.html"), "utf8");
      const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
      return Object.fromEntries(content!.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));
    };
    expect((await runCms(root, "--repository", "vm/avtal")).code).toBe(0);
    expect(policy()).toEqual({
      "default-src": ["'none'"],
      "script-src": ["'self'", "'unsafe-eval'"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:", "blob:", "https://avatars.githubusercontent.com"],
      "connect-src": ["'self'", "https://api.github.com"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
      "object-src": ["'none'"],
    });
    expect((await runCms(root, "--repository", "vm/avtal", "--auth-url", "https://kirjautuminen.example.fi/decap/auth", "--local-port", "8082")).code).toBe(0);
    expect(policy()["connect-src"]).toEqual(["'self'", "https://api.github.com", "https://kirjautuminen.example.fi", "http://localhost:8082"]);
    // The policy comes before the scripts it governs.
    const html = readFileSync(join(root, "admin", "index.html"), "utf8");
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  it("points the sign-in at the ministry's OAuth relay, over https only", async () => {
    const root = cmsRepository();
    expect((await runCms(root, "--repository", "vm/avtal", "--auth-url", "https://kirjautuminen.example.fi/decap/auth")).code).toBe(0);
    expect(parse(readFileSync(join(root, "admin", "config.yml"), "utf8"))).toMatchObject({ backend: { name: "github", base_url: "https://kirjautuminen.example.fi", auth_endpoint: "decap/auth" } });
    for (const bad of ["http://kirjautuminen.example.fi", "https://user:secret@example.fi", "javascript:alert(1)", "kirjautuminen"]) {
      const result = await runCms(root, "--repository", "vm/avtal", "--auth-url", bad);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--auth-url must be the https address/);
      expect(result.stderr).not.toContain("secret");
    }
  });
});
