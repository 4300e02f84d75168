// Tells the runtime's types (and `cloudflare:test`) what this Worker's env and main module are.
import type { D1Migration } from "cloudflare:test";
import type { Env as ParleyEnv } from "./env";

declare global {
  namespace Cloudflare {
    interface Env extends ParleyEnv {
      /** Only in tests: migrations/ read by vitest.config.ts, applied by test/apply-migrations.ts. */
      TEST_MIGRATIONS: D1Migration[];
    }
    interface GlobalProps {
      mainModule: typeof import("./index");
      durableNamespaces: "Conversation" | "SpaceRouter" | "Agent";
    }
  }
}
