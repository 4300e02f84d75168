/** What the console's browser tests share: signing in through the form, and the queue screen's results. */
import type { Page } from "playwright-core";

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
  await page.getByLabel("JQL query").fill(jql);
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
