import type { RouteDefinition } from "@solidjs/router";

function SettingsPage() {
  return <h1>Settings</h1>;
}

/** The settings screens of the console (mounted under /settings). */
export const settingsRoutes: RouteDefinition[] = [{ path: "/settings", component: SettingsPage }];
