import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import solid from "vite-plugin-solid";

// The widget's chat frame: a Solid app built into dist/widget/frame/, served by the Worker at /widget/v1/frame
// with a CSP whose frame-ancestors are the experience's allowed origins.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/widget/frame/",
  plugins: [solid()],
  build: { outDir: fileURLToPath(new URL("../../dist/widget/frame", import.meta.url)), emptyOutDir: true, target: "es2020" },
});
