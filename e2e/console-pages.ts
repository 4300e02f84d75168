/** What the console's browser tests share: signing in through the form, and the queue screen's results. */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";

/** Signs in through the console's sign-in form and waits for the signed-in shell. */
export async function signInToConsole(page: Page, base: string, email: string): Promise<void> {
  await page.goto(base);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("parley-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByTestId("signed-in-as").waitFor();
}

/** The rows of the queue screen's results table. */
export const rows = (page: Page) => page.getByRole("table", { name: "Work items" }).locator("tbody tr");

/** Types a query into the JQL editor and waits until it was checked and its results are on screen. */
export async function query(page: Page, jql: string): Promise<void> {
  await page.getByLabel("Filter (JQL)").fill(jql);
  await page.getByText("✓ Valid query").waitFor();
  await page.getByText("Loading…").waitFor({ state: "hidden" });
}

/** Refreshes until a row with this text is listed: conversations reach D1 through the actor's outbox. */
export async function waitForRow(page: Page, text: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await rows(page).filter({ hasText: text }).count()) === 0) {
    if (Date.now() > deadline) throw new Error(`no row with ${text}`);
    await page.waitForTimeout(400);
    await page.getByRole("button", { name: "Refresh" }).click();
    await page.getByText("Loading…").waitFor({ state: "hidden" });
  }
}

/** Goes available in every space from the profile menu (top right), and closes the menu. */
export async function goAvailable(page: Page): Promise<void> {
  await page.getByTestId("signed-in-as").click();
  await page.locator(".menu").getByRole("switch", { name: "Available in all spaces" }).check();
  await page.locator(".profile-button .dot.available").waitFor();
  await page.keyboard.press("Escape");
}

export async function goUnavailable(page: Page): Promise<void> {
  await page.getByTestId("signed-in-as").click();
  await page.locator(".menu").getByRole("switch", { name: "Available in all spaces" }).uncheck();
  await page.locator(".profile-button .dot.unavailable").waitFor();
  await page.keyboard.press("Escape");
}

/** Chooses a colleague in a transfer form's list, whose options read "Name — available, 1 of 3 chats". */
export async function transferTo(form: Locator, name: string): Promise<void> {
  const option = form.getByLabel("Transfer to").locator("option", { hasText: `${name} — ` });
  await option.waitFor({ state: "attached" });
  await form.getByLabel("Transfer to").selectOption({ label: (await option.textContent())! });
}

/** The offer cards in the tray (bottom right). */
export const offerIn = (page: Page) => page.getByRole("region", { name: "Incoming conversations" }).getByRole("article");

/** The open conversation's thread. */
export const threadIn = (page: Page) => page.getByRole("region", { name: "Conversation", exact: true });

/** A section of the conversations list ("Yours", "Live in your spaces", "Recently ended"). */
export const listSection = (page: Page, name: "Live in your spaces" | "Recently ended") =>
  page.getByRole("navigation", { name: "Conversations" }).getByRole("region", { name });

/** A console of its own (own cookies) at desktop size, signed in through the form, its socket connected. */
export async function openConsole(browser: Browser, base: string, email: string, contexts: BrowserContext[], viewport = { width: 1280, height: 860 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  contexts.push(context);
  const page = await context.newPage();
  await signInToConsole(page, base, email);
  await page.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  return page;
}

/** Sets availability through the API (all spaces), for a test's starting point. */
export async function setAvailable(base: string, cookie: string, status: "available" | "unavailable"): Promise<void> {
  const res = await fetch(`${base}/api/me/availability`, { method: "PUT", headers: { cookie, origin: base, "content-type": "application/json" }, body: JSON.stringify({ status }) });
  if (!res.ok) throw new Error(`availability: ${res.status} ${await res.text()}`);
}
