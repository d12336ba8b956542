import { createHash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { REPOSITORY_ROOT } from "../helpers/fixtures.js";
import { agreementText, createTestRepository } from "../helpers/git-repo.js";
import { runCli } from "../helpers/cli.js";

/**
 * A server that counts every request: the "network" a dry run without a token must never use. It is the
 * API address given, so a request sent by mistake would be seen here rather than retried out on the internet.
 */
async function watchedApi(): Promise<{ url: string; requests: () => number }> {
  let count = 0;
  const server = createServer((_request, response) => {
    count++;
    response.statusCode = 503;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests: () => count };
}

async function run(argv: string[], cwd: string, env: Record<string, string>) {
  const { status: code, stdout, stderr } = await runCli(argv, { cwd, env });
  return { code, stdout, stderr };
}

async function submitted() {
  const repository = await createTestRepository();
  const goals = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
  await repository.commit({ message: "Agreements for 2020", files: { "goals/2020.md": goals, "agreements/vm/vm-statssekreterare.md": agreementText() } });
  await repository.tag("submission-2020", { message: "Submission of 2020", date: "2020-04-30" });
  return repository;
}

describe("dry runs without a token or a network", () => {
  it("release --dry-run shows the plan and, with --out, writes the files it would attach", async () => {
    const repository = await submitted();
    const api = await watchedApi();
    const env = { ...repository.env, GITHUB_API_URL: api.url };
    const result = await run(["release", "2020", "--dry-run", "--out", "release-files"], repository.dir, env);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("GitHub not contacted (no token in GITHUB_TOKEN): the plan assumes no release exists yet");
    expect(result.stdout).toContain("Dry run: nothing was changed on GitHub.");
    expect(api.requests()).toBe(0);
    const written = readdirSync(join(repository.dir, "release-files"));
    expect(written).toContain("manifest.json");
    expect(written).toContain("report.html");
    // The PDFs are written as the bytes printed, not as text.
    const pdf = written.find((name) => name.endsWith(".pdf"));
    expect(pdf).toBeDefined();
    expect(readFileSync(join(repository.dir, "release-files", pdf!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const manifest = JSON.parse(readFileSync(join(repository.dir, "release-files", "manifest.json"), "utf8")) as { files: { name: string; sha256: string }[] };
    for (const file of manifest.files) {
      const bytes = readFileSync(join(repository.dir, "release-files", file.name));
      expect(createHash("sha256").update(bytes).digest("hex"), file.name).toBe(file.sha256);
    }
  });

  it("release without --dry-run still needs the token, and says so at once", async () => {
    const repository = await submitted();
    const result = await run(["release", "2020"], repository.dir, repository.env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No GitHub token/);
    expect(existsSync(join(repository.dir, "release-files"))).toBe(false);
  });

  it("remind --dry-run shows the issue it would open", async () => {
    const repository = await createTestRepository();
    const goals = readFileSync(join(REPOSITORY_ROOT, "goals", "2020.md"), "utf8");
    await repository.commit({ message: "Agreements", files: { "goals/2020.md": goals, "agreements/vm/vm-statssekreterare.md": agreementText({ cycle: 2019 }) } });
    const api = await watchedApi();
    const result = await run(["remind", "--dry-run", "--today", "2020-04-10"], repository.dir, { ...repository.env, GITHUB_API_URL: api.url });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("GitHub not contacted (no token in GITHUB_TOKEN): the plan assumes no reminder issue is open yet.");
    expect(result.stdout).toContain("Would open the issue");
    expect(result.stdout).toContain("agreements/vm/vm-statssekreterare.md (@maria-exempel, @anders-exempel)");
    expect(api.requests()).toBe(0);
  });
});
