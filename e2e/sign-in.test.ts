import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { hashPassword } from "../worker/auth/password.ts";
import { launchBrowser, snapshot } from "./browser.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
let stateDir: string;

/** Runs wrangler on the test's local state, as scripts/local-db.ts does for npm start. */
function wrangler(args: string[]): void {
  const result = spawnSync(join(process.cwd(), "node_modules", ".bin", "wrangler"), [...args, "--persist-to", stateDir], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0) throw new Error(`wrangler ${args.join(" ")} failed: ${result.stderr}`);
}

/**
 * A second site, Globex, where Ben (ben@acme.test, the demo password) also has an account: the same
 * email and password open two sites, so the console asks which one.
 */
async function addSecondSite(): Promise<void> {
  wrangler(["d1", "migrations", "apply", "DB", "--local"]);
  const hashed = await hashPassword("parley-demo");
  wrangler([
    "d1", "execute", "DB", "--local", "--command",
    `INSERT INTO sites (id, name, edition) VALUES ('site_globex', 'Globex', 'premium');
     INSERT INTO agents (id, site_id, email, name, role, password_hash, password_salt, password_iterations)
     VALUES ('ag_globex_ben', 'site_globex', 'ben@acme.test', 'Ben at Globex', 'agent', '${hashed.hash}', '${hashed.salt}', ${hashed.iterations});`,
  ]);
}

before(async () => {
  stateDir = mkdtempSync(join(tmpdir(), "parley-e2e-sign-in-"));
  await addSecondSite();
  server = await startServer({ stateDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

test("npm start serves health and the seeded demo site", async () => {
  const health = await fetch(`${server.url}/api/health`);
  assert.deepEqual(await health.json(), { ok: true, service: "parley" });
});

test("an agent signs in to the console with the printed demo credentials, and signs out", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByLabel("Email").fill("ana@acme.test");
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("alert").waitFor();
  assert.equal(await page.getByRole("alert").textContent(), "Email or password is incorrect.");
  await snapshot(page, "sign-in-refused");

  await page.getByLabel("Password").fill("parley-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").waitFor();
  assert.equal(await page.getByTestId("signed-in-as").textContent(), "Ana Alvarez (agent)");
  // The console opens on Conversations; the profile menu lists the agent's spaces for availability.
  await page.getByRole("heading", { name: "Conversations" }).waitFor();
  await page.getByTestId("signed-in-as").click();
  const spaces = await page.locator(".menu .availability label.space").allTextContents();
  assert.deepEqual(spaces, ["Billing support", "Product support"]);
  await snapshot(page, "signed-in");
  await page.keyboard.press("Escape");

  // The session survives a reload (cookie), and sign-out ends it — in every tab, not only the one signed out in.
  await page.reload();
  const other = await context.newPage();
  await other.goto(server.url);
  await other.getByTestId("signed-in-as").waitFor();
  await page.getByTestId("signed-in-as").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await other.getByRole("button", { name: "Sign in" }).waitFor();
  assert.equal(await other.getByText("Reconnecting…").count(), 0);
  await other.close();
  await page.reload();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await context.close();
});

test("an agent whose email and password open two sites chooses the site, and works in the one chosen", async () => {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.getByLabel("Email").fill("ben@acme.test");
  await page.getByLabel("Password").fill("parley-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Choose a site" }).waitFor();
  const sites = await page.locator(".site-choice li button").allTextContents();
  assert.deepEqual(sites, ["Acme", "Globex"]);
  await snapshot(page, "sign-in-choose-site");

  await page.getByRole("button", { name: "Globex" }).click();
  await page.getByTestId("signed-in-as").waitFor();
  assert.equal(await page.getByTestId("signed-in-as").textContent(), "Ben at Globex (agent)");
  await page.getByTestId("signed-in-as").click();
  await page.getByRole("button", { name: "Sign out" }).click();

  // Back to the chooser, then the other site; "Use another account" goes back to the form.
  await page.getByLabel("Email").fill("ben@acme.test");
  await page.getByLabel("Password").fill("parley-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Use another account" }).click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Acme" }).click();
  await page.getByTestId("signed-in-as").waitFor();
  assert.equal(await page.getByTestId("signed-in-as").textContent(), "Ben Brooks (agent)");
  await page.close();
});
