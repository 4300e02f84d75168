import { Navigate, type RouteDefinition } from "@solidjs/router";
import { AgentsPage } from "./agents";
import { AiSettingsPage } from "./ai-settings";
import { ArticlePage } from "./article-page";
import { ArticlesPage } from "./articles-list";
import { ChatSettingsPage } from "./chat-settings";
import { ExperiencePage, NewExperiencePage } from "./experience-page";
import { ExperiencesPage } from "./experiences-list";
import { SettingsLayout } from "./layout";
import { SavedRepliesPage } from "./saved-replies-page";
import { SpacePage } from "./space-detail";
import { SpacesPage } from "./spaces-list";

/** The settings screens of the console (admins), mounted under /settings with a side nav of sections. */
export const settingsRoutes: RouteDefinition[] = [
  {
    path: "/settings",
    component: SettingsLayout,
    children: [
      { path: "/", component: () => <Navigate href="/settings/chat" /> },
      { path: "/chat", component: ChatSettingsPage },
      { path: "/spaces", component: SpacesPage },
      { path: "/spaces/:id", component: SpacePage },
      { path: "/agents", component: AgentsPage },
      { path: "/experiences", component: ExperiencesPage },
      { path: "/experiences/new", component: NewExperiencePage },
      { path: "/experiences/:id", component: ExperiencePage },
      { path: "/articles", component: ArticlesPage },
      { path: "/articles/new", component: ArticlePage },
      { path: "/articles/:id", component: ArticlePage },
      { path: "/ai", component: AiSettingsPage },
      { path: "/saved-replies", component: SavedRepliesPage },
      { path: "*", component: () => <p class="empty">There is no such settings page.</p> },
    ],
  },
];
