import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // @actions/workflow-parser imports its JSON schemas without `with { type: "json" }`, which only a
    // bundler accepts; inlining lets Vite load them.
    server: { deps: { inline: ["@actions/workflow-parser"] } },
  },
});
