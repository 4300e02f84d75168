import { defineConfig } from "drizzle-kit";

// Migrations are generated from worker/db/schema.ts (`npm run db:generate`) and applied by wrangler
// (`wrangler d1 migrations apply`), locally by `npm start` and in tests by the vitest setup.
export default defineConfig({
  dialect: "sqlite",
  schema: "./worker/db/schema.ts",
  out: "./migrations",
});
