import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
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
            // A short disconnect grace, so tests drive it with runDurableObjectAlarm instead of waiting 30 s.
            AGENT_GRACE_MS: "150",
            // A short wait before an agent's actor drops an offer its (late) router has not expired.
            STALE_OFFER_MARGIN_MS: "200",
            // Lets a test choose the OpenAI-compatible responder (pointed at a closed local port: an AI failure).
            LLM_API_KEY: "test-llm-key",
            LLM_ENDPOINT: "http://127.0.0.1:9/v1",
          },
        },
      }),
    ],
    test: {
      include: ["worker/**/*.test.ts", "durable-objects/**/*.test.ts", "protocol/**/*.test.ts", "test/**/*.test.ts"],
      setupFiles: ["./test/apply-migrations.ts"],
    },
  };
});
