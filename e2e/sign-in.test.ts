import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchBrowser, snapshot } from "./browser.ts";
import { startServer, type RunningServer } from "./server.ts";

let server: RunningServer;
let browser: Browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test("npm start serves health and the seeded demo site", async () => {
  const health = await fetch(`${server.url}/api/health`);
  assert.deepEqual(await health.json(), { ok: true, service: "parley" });
});

test("an agent signs in to the console with the printed demo credentials, and signs out", async () => {
  const page = await browser.newPage();
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

  // The session survives a reload (cookie), and sign-out ends it.
  await page.reload();
  await page.getByTestId("signed-in-as").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await page.reload();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await page.close();
});
