import type { RouteDefinition, RouteSectionProps } from "@solidjs/router";
import { createMemo, onCleanup, Show } from "solid-js";
import { useSession } from "../session";
import { ConversationPane } from "./pane";
import { ConversationSidebar } from "./sidebar";
import "./conversations.css";

/** Conversations: the list on the left, the open conversation on the right. */
function ConversationsPage(props: RouteSectionProps) {
  const session = useSession();
  const id = () => props.params.id ?? null;
  const channel = createMemo(() => {
    const open = id();
    session.desk.view(open);
    return open ? session.desk.open(open) : null;
  });
  onCleanup(() => session.desk.view(null));
  return (
    <div class="conversations-page" classList={{ "has-open": id() !== null }}>
      <ConversationSidebar />
      <Show
        when={channel()}
        keyed
        fallback={
          <div class="no-conversation">
            <h1>Conversations</h1>
            <p class="empty">Pick a conversation on the left. New offers appear at the bottom right, with a sound if your browser allows it.</p>
          </div>
        }
      >
        {(c) => <ConversationPane channel={c} />}
      </Show>
    </div>
  );
}

export const conversationRoutes: RouteDefinition[] = [
  { path: "/conversations", component: ConversationsPage },
  { path: "/conversations/:id", component: ConversationsPage },
];
