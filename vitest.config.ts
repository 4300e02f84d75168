import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Tests run inside workerd against the real Durable Objects, alarms, WebSockets and D1 of wrangler.toml.
// D1 starts empty in every test file; test/apply-migrations.ts applies migrations/ before each file.
export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: "./wrangler.toml" },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            CUSTOMER_TOKEN_SECRET: "test-customer-token-secret",
            // The deployment's public origin: AI answers link here, whatever Host a request came with.
            PUBLIC_ORIGIN: "https://chat.acme.example",
            // The disconnect grace as deployed; tests move its deadline into the past and run the alarm (test/routing.ts).
            AGENT_GRACE_MS: "30000",
            // Lets a test choose the OpenAI-compatible responder (pointed at a closed local port: an AI failure).
            LLM_API_KEY: "test-llm-key",
            LLM_ENDPOINT: "http://127.0.0.1:9/v1",
          },
          // Workers AI has no local simulation: the one stand-in is a scripted AI binding (test/scripted-ai.js).
          serviceBindings: { AI: { name: "scripted-ai", entrypoint: "ScriptedAi" } },
          workers: [{ name: "scripted-ai", modules: true, scriptPath: "./test/scripted-ai.js", compatibilityDate: "2026-10-30" }],
        },
      }),
    ],
    test: {
      include: ["worker/**/*.test.ts", "durable-objects/**/*.test.ts", "protocol/**/*.test.ts", "test/**/*.test.ts"],
      setupFiles: ["./test/apply-migrations.ts"],
      // Two test files at a time even on a 2-core machine (Vitest's default there is one): each file's workerd
      // does its own waiting, and per-file D1 and Durable Object isolation holds. 171 s → 86 s idle.
      maxWorkers: Math.max(2, availableParallelism()),
      // Tests wait for the events they mean; these are safety nets for a machine busy with other work, not timings.
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  };
});
