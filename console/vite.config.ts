import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// The agent console: a Solid single-page app built into dist/, which wrangler serves as static assets
// (SPA fallback) while /api, /widget/v1 and /support go to the Worker.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [solid()],
  build: { outDir: "../dist", emptyOutDir: false, target: "es2022" },
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
});
