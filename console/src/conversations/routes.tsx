import type { RouteDefinition } from "@solidjs/router";

function ConversationsPage() {
  return <h1>Conversations</h1>;
}

export const conversationRoutes: RouteDefinition[] = [{ path: "/conversations", component: ConversationsPage }];
