import type { RouteDefinition, RouteSectionProps } from "@solidjs/router";
import { Show, type Component } from "solid-js";
import { useSession } from "../session";
import { ReviewDetailPage } from "./detail-page";
import { KnowledgeGapsPage } from "./gaps-page";
import { ReviewListPage } from "./list-page";
import { SatisfactionPage } from "./satisfaction-page";
import { SavedAnswersPage } from "./saved-answers-page";
import "./review.css";

/** Review is for admins: anyone else who opens its address is told so, rather than meeting the API's 403s. */
function adminOnly(Page: Component<RouteSectionProps>): Component<RouteSectionProps> {
  return (props) => {
    const session = useSession();
    return (
      <Show
        when={session.isAdmin}
        fallback={
          <section class="panel review-denied" aria-labelledby="review-denied">
            <h1 id="review-denied">Conversation review</h1>
            <p>Only admins can review the AI agent's conversations. Ask an admin of {session.me.site.name} if you need access.</p>
          </section>
        }
      >
        <Page {...props} />
      </Show>
    );
  };
}

/** The review screens of the console (mounted under /review). */
export const reviewRoutes: RouteDefinition[] = [
  { path: "/review", component: adminOnly(ReviewListPage) },
  { path: "/review/knowledge-gaps", component: adminOnly(KnowledgeGapsPage) },
  { path: "/review/saved-answers", component: adminOnly(SavedAnswersPage) },
  { path: "/review/satisfaction", component: adminOnly(SatisfactionPage) },
  { path: "/review/:id", component: adminOnly(ReviewDetailPage) },
];
