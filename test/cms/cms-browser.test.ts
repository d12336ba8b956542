import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { AGREEMENT_LIST_LABELS } from "../../scripts/cms/labels.js";
import { launchTestBrowser } from "../helpers/browser.js";
import { createTestRepository, type TestRepository } from "../helpers/git-repo.js";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { runCli } from "../helpers/cli.js";

/**
 * The form editor as an official uses it, in headless Chromium: Decap CMS from `agreements cms`, saving
 * through decap-server (its local backend, which commits to a branch of a real Git repository just as
 * the GitHub backend opens a pull request). Then the PR check's `format` and `lint` on what was saved.
 * Every request that leaves this machine is aborted and recorded: there must be none.
 */

const PATH = "agreements/vm/vm-statssekreterare.md";
/** README's screenshots are taken here; they replace docs/cms/ only when asked (UPDATE_SCREENSHOTS=1), so a test run leaves the work tree clean. */
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === "1" ? join(REPOSITORY_ROOT, "docs", "cms") : mkdtempSync(join(tmpdir(), "agreements-cms-screenshots-"));
const CONTENT_TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".yml": "text/yaml", ".wasm": "application/wasm", ".txt": "text/plain" };

async function agreements(repo: TestRepository, ...argv: string[]) {
  const { status: code, stdout, stderr } = await runCli(argv, { cwd: repo.dir, env: repo.env });
  return { code, stdout, stderr };
}

/** A free port on this machine: the kernel picks it, then it is handed to decap-server. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** decap-server in Git mode over the test repository; resolves once it listens. */
async function startDecapServer(repo: TestRepository, port: number): Promise<ChildProcess> {
  const script = join(REPOSITORY_ROOT, "node_modules", "decap-server", "dist", "index.js");
  const child = spawn(process.execPath, [script], {
    env: { ...repo.env, PORT: String(port), BIND_HOST: "127.0.0.1", MODE: "git", GIT_REPO_DIRECTORY: repo.dir, LOG_LEVEL: "info", GIT_AUTHOR_NAME: "Testi Testaaja", GIT_AUTHOR_EMAIL: "testi@example.invalid", GIT_COMMITTER_NAME: "Testi Testaaja", GIT_COMMITTER_EMAIL: "testi@example.invalid" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  onTestFinished(() => void child.kill());
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const listen = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      if (output.includes("listening on")) resolve();
    };
    child.stdout!.on("data", listen);
    child.stderr!.on("data", listen);
    child.on("exit", (code) => reject(new Error(`decap-server stopped (${code}): ${output}`)));
  });
  return child;
}

/** Serves the admin folder on 127.0.0.1, as GitHub Pages would serve it. */
async function serveFolder(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? "/", "http://127.0.0.1").pathname.slice(1) || "index.html";
    if (!readdirSync(folder).includes(name)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": CONTENT_TYPES[extname(name)] ?? "application/octet-stream" }).end(readFileSync(join(folder, name)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => void server.close());
  return server;
}

/**
 * Every Content-Security-Policy violation on the page, as the page itself sees it (the
 * `securitypolicyviolation` event) and as Chromium reports it on the console: the policy must let Decap
 * do all it does in these tests, and nothing must be refused silently.
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => void violations.push(text));
  // Page code, as text: the tests are compiled without the DOM's types.
  await page.addInitScript({
    content: `document.addEventListener("securitypolicyviolation", (event) => window.reportViolation(event.effectiveDirective + " refused " + event.blockedURI));`,
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function openAdmin(page: Page, base: string, leftTheMachine: string[]) {
  await page.route("**/*", (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === "127.0.0.1" || hostname === "localhost") return route.continue();
    leftTheMachine.push(route.request().url());
    return route.abort();
  });
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "Kirjaudu" }).click();
}

/** The example agreements (every .md under agreements/ but its README) with their language and title. */
function exampleAgreements(): { language: string; title: string }[] {
  return readdirSync(join(REPOSITORY_ROOT, "agreements"), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => {
      const text = readFileSync(join(REPOSITORY_ROOT, "agreements", name), "utf8");
      return { language: /^language: (\w+)$/m.exec(text)![1]!, title: /^title: (.+)$/m.exec(text)![1]!.replace(/^"|"$/g, "") };
    });
}

/** The test repository with the examples committed, the admin page served, decap-server over the repository. */
async function setUp(): Promise<{ repo: TestRepository; base: string; stopServer: () => Promise<void> }> {
  const repo = await createTestRepository();
  const files: Record<string, string> = {};
  for (const folder of ["agreements", "goals"]) {
    for (const name of readdirSync(join(REPOSITORY_ROOT, folder), { recursive: true, encoding: "utf8" })) {
      if (name.endsWith(".md")) files[`${folder}/${name}`] = readFileSync(join(REPOSITORY_ROOT, folder, name), "utf8");
    }
  }
  await repo.commit({ files, message: "Sopimukset" });

  const port = await freePort();
  const admin = join(mkdtempSync(join(tmpdir(), "agreements-admin-")), "admin");
  onTestFinished(() => rmSync(admin, { recursive: true, force: true }));
  expect((await agreements(repo, "cms", "--repository", "vm/avtal", "--out", admin, "--local-port", String(port))).code).toBe(0);
  const server = await startDecapServer(repo, port);
  const site = await serveFolder(admin);
  const base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  // The page may still ask decap-server for entries after "saved", and decap-server runs git for each: the
  // test reads the repository only once the server has stopped, so no two git processes share its index.
  const stopServer = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    server.kill();
    await exited;
  };
  return { repo, base, stopServer };
}

/** setUp(), then the form open in Chromium, signed in, with every request that leaves the machine and every CSP refusal recorded. */
async function openForm() {
  const { repo, base, stopServer } = await setUp();
  const browser = await launchTestBrowser();
  onTestFinished(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "fi-FI" });
  const leftTheMachine: string[] = [];
  const violations = await recordViolations(page);
  await openAdmin(page, base, leftTheMachine);
  return { repo, base, stopServer, page, leftTheMachine, violations };
}

/** Checks out the one branch the form's save made (decap-server names it cms/…). */
async function checkOutTheSave(repo: TestRepository): Promise<void> {
  const branches = (await repo.run(["branch", "--list", "cms/*", "--format=%(refname:short)"])).trim().split("\n").filter(Boolean);
  expect(branches).toHaveLength(1);
  await repo.run(["checkout", "--quiet", branches[0]!]);
}

describe("the form editor in a real browser", () => {
  afterAll(() => {
    if (process.env.UPDATE_SCREENSHOTS !== "1") rmSync(SCREENSHOTS, { recursive: true, force: true });
  });

  it("saves a changed target and a new development measure; after format, git diff shows only those lines and lint passes", { timeout: 120_000 }, async () => {
    const { repo, base, stopServer, page, leftTheMachine, violations } = await openForm();
    // One list per language of the agreements; every example agreement in exactly one, and no other file
    // (agreements/README.md once showed as an empty first row).
    const examples = exampleAgreements();
    for (const language of ["fi", "sv", "en"] as const) {
      await page.goto(`${base}/#/collections/agreements-${language}`);
      const rows = page.locator(`a[href*="/collections/agreements-${language}/entries/"]`);
      const expected = examples.filter((example) => example.language === language);
      await page.getByText(AGREEMENT_LIST_LABELS.fi[language]).first().waitFor();
      if (expected.length > 0) await rows.first().waitFor();
      await expect.poll(() => rows.count()).toBe(expected.length);
      const titles = (await rows.allInnerTexts()).map((text) => text.trim());
      for (const example of expected) expect(titles.some((title) => title.includes(example.title)), example.title).toBe(true);
      expect(titles.filter((title) => title === "")).toEqual([]);
    }
    await page.goto(`${base}/#/collections/agreements-sv`);
    await page.getByText("Ledningsavtal för statssekreteraren vid finansministeriet").first().waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, "list.png") });

    await page.goto(`${base}/#/collections/agreements-sv/entries/vm/vm-statssekreterare`);
    const target = page.locator('input[id^="target-field-"]').first();
    await expect.poll(() => target.inputValue()).toBe(">= 80 %");
    await target.fill(">= 85 %");
    const measures = page.locator('[id^="measures-field-"]').nth(1);
    await measures.getByRole("button", { name: /^Lisää/ }).click();
    const added = measures.locator("input").last();
    await added.fill("Mentorprogram för nya chefer");
    await target.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, "editor.png") });
    await page.getByRole("button", { name: "Tallenna", exact: true }).click();
    await page.getByText("Muutokset tallennettu").first().waitFor();
    await stopServer();

    await checkOutTheSave(repo);
    // As saved by the form, the pull request check's format --check fails on the file and names it.
    const check = await agreements(repo, "format", "--check");
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain(PATH);
    expect((await agreements(repo, "format", PATH)).code).toBe(0);
    const diff = await repo.run(["diff", "--unified=0", "--no-color", "main", "--", PATH]);
    const changed = diff.split("\n").filter((line) => /^[-+](?![-+]{2} )/.test(line));
    expect(changed).toEqual([
      '-      - { name: Andel propositioner med konsekvensbedömning, target: ">= 80 %", baseline: "55 % (2019)" }',
      '+      - { name: Andel propositioner med konsekvensbedömning, target: ">= 85 %", baseline: "55 % (2019)" }',
      "+      - Mentorprogram för nya chefer",
    ]);
    expect(await agreements(repo, "lint", "--today", "2020-05-01")).toMatchObject({ code: 0 });
    expect(leftTheMachine).toEqual([]);
    expect(violations).toEqual([]);
    // The policy is in force and the recording sees its refusals: an inline script and a connection to
    // an address the flags did not name are both refused, and both reported.
    const refused = await page.evaluate(`(async () => {
      const script = document.createElement("script");
      script.textContent = "window.inlineRan = true;";
      document.body.append(script);
      const fetched = await fetch("http://127.0.0.1:9/").then(() => "fetched", (error) => error.name);
      return { inlineRan: window.inlineRan === true, fetched };
    })()`);
    expect(refused).toEqual({ inlineRan: false, fetched: "TypeError" });
    await expect.poll(() => violations.join("\n")).toMatch(/script-src-elem refused inline[\s\S]*connect-src refused http:\/\/127\.0\.0\.1:9/);
  });

  it("creates a new agreement through the form, saved where the lint expects it, which lacks only what must still be filled in", { timeout: 120_000 }, async () => {
    const { repo, base, stopServer, page, leftTheMachine, violations } = await openForm();
    await page.goto(`${base}/#/collections/agreements-fi/new`);
    const field = (name: string) => page.locator(`input[id^="${name}-field-"]`).first();
    const choose = async (name: string, option: string) => {
      await field(name).click();
      await page.getByRole("option", { name: option, exact: true }).click();
    };
    await field("id").fill("vm-uusi-sopimus");
    await field("title").fill("Valtiosihteerin johtamissopimus");
    await choose("language", "fi");
    await choose("ministry", "VM");
    await field("organisation").fill("Valtiovarainministeriö");
    await choose("model", "2017");
    for (const [index, name] of [[0, "Maija Esimerkki"], [1, "Antti Esimerkki"]] as const) {
      await page.locator('input[id^="name-field-"]').nth(index).fill(name);
      await page.locator('input[id^="title-field-"]').nth(index + 1).fill(index === 0 ? "Valtiosihteeri" : "Valtiovarainministeri");
      await page.locator('input[id^="github-field-"]').nth(index).fill(index === 0 ? "maija-esimerkki" : "antti-esimerkki");
    }
    await field("start").fill("2020-01-01");
    await field("end").fill("2025-12-31");
    await field("cycle").fill("2020");
    await field("agreed").fill("2020-04-15");
    // One goal, its meters and criteria still to be agreed; the text still to be written.
    const goals = page.locator('[id^="goals-field-"]').first();
    await goals.getByRole("button", { name: /^Lisää/ }).first().click();
    await goals.locator('input[id^="id-field-"]').first().fill("tulos");
    await goals.locator('input[id^="section-field-"]').first().click();
    await page.getByRole("option", { name: "result", exact: true }).click();
    await goals.locator('input[id^="title-field-"]').first().fill("TO BE FILLED");
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type("TO BE FILLED");
    await page.screenshot({ path: join(SCREENSHOTS, "new.png") });
    await page.getByRole("button", { name: "Tallenna", exact: true }).click();
    await page.getByText("Muutokset tallennettu").first().waitFor();
    await stopServer();

    await checkOutTheSave(repo);
    expect((await repo.run(["diff", "--name-status", "main"])).trim()).toBe("A\tagreements/vm/vm-uusi-sopimus.md");
    expect((await agreements(repo, "format", "agreements/vm/vm-uusi-sopimus.md")).code).toBe(0);
    const lint = await agreements(repo, "lint", "--today", "2020-05-01", "--format", "json", "agreements/vm/vm-uusi-sopimus.md");
    // What is left is what the official has still to write: the placeholders, the missing sections of
    // the text, the goals' meters and criteria. Nothing about how the form wrote the file.
    const rules = new Set((JSON.parse(lint.stdout) as { rule: string }[]).map((finding) => finding.rule));
    expect([...rules].sort()).toEqual(["common-goals-missing", "criteria-missing", "meters-missing", "sections-missing", "to-be-filled"]);
    expect(lint.code).toBe(1);
    expect(leftTheMachine).toEqual([]);
    expect(violations).toEqual([]);
  });
});
