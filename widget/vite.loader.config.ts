import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The embed loader: one small IIFE file, dist/widget/loader.js, served as /widget/v1/widget.js.
export default defineConfig({
  build: {
    outDir: fileURLToPath(new URL("../dist/widget", import.meta.url)),
    emptyOutDir: false,
    target: "es2020",
    lib: { entry: fileURLToPath(new URL("./loader/loader.ts", import.meta.url)), formats: ["iife"], name: "ParleyLoader", fileName: () => "loader.js" },
  },
});
