import { A, type RouteSectionProps } from "@solidjs/router";
import { createResource, Match, Show, Switch } from "solid-js";
import type { z } from "zod";
import type { AgentSummary } from "../../../protocol/settings";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf, Refusal } from "../ui/refusal";
import { Stamp } from "../ui/stamp";
import { MarkBadge, OutcomeBadge } from "./badges";
import { lastList } from "./filters";
import { customerText, reasonText, type Detail, type Reviewed } from "./labels";
import { MarkForm } from "./mark-form";
import { ReviewTranscript } from "./review-transcript";

const modeLabel: Record<string, string> = { ai: "AI agent only", ai_team: "AI agent first, then the team" };

/** One AI conversation: what happened, the transcript with the AI portion marked, and the reviewer's mark. */
export function ReviewDetailPage(props: RouteSectionProps) {
  const session = useSession();
  const [detail, { mutate }] = createResource(
    () => props.params.id,
    (id) => api<Detail>("GET", `/api/review/conversations/${encodeURIComponent(id)}`),
  );
  // Names for "marked by"; without them the mark still shows, credited to "another admin".
  const [agents] = createResource(() =>
    api<{ agents: z.infer<typeof AgentSummary>[] }>("GET", "/api/agents").then((r) => r.agents, () => []),
  );
  const reviewerName = (id: string) =>
    id === session.me.agent.id ? "you" : (agents()?.find((a) => a.id === id)?.name ?? "another admin");

  return (
    <article class="review review-detail">
      <A href={lastList()} class="review-back">
        ← All conversations
      </A>
      <Switch>
        <Match when={detail.error}>
          <h1>Conversation review</h1>
          <Refusal message={messageOf(detail.error)} />
        </Match>
        <Match when={detail()}>
          {(d) => (
            <>
              <header class="review-detail-head">
                <h1>
                  <span class="key">{d().key}</span> {d().summary}
                </h1>
                <p class="review-lede">
                  {customerText(d().customer)} · started <Stamp at={d().createdAt} as="when" />
                </p>
              </header>
              <div class="review-columns">
                <ReviewTranscript entries={d().transcript} handedOff={!!d().handoffReason} />
                <aside class="review-side">
                  <Facts conversation={d()} />
                  <Show when={d().id} keyed>
                    <MarkForm conversation={d()} reviewerName={reviewerName} onSaved={(saved) => mutate({ ...d(), ...saved })} />
                  </Show>
                </aside>
              </div>
            </>
          )}
        </Match>
        <Match when={detail.loading}>
          <p class="loading">Loading the conversation…</p>
        </Match>
      </Switch>
    </article>
  );
}

/** Outcome, handoff reason and summary, and the numbers a reviewer looks at first. */
function Facts(props: { conversation: Reviewed }) {
  const c = () => props.conversation;
  return (
    <section class="panel" aria-labelledby="review-facts-title">
      <h2 id="review-facts-title">What happened</h2>
      <dl class="review-facts">
        <dt>Outcome</dt>
        <dd>
          <OutcomeBadge conversation={c()} />
        </dd>
        <dt>Handoff reason</dt>
        <dd>{reasonText(c().handoffReason) || "No handoff"}</dd>
        <Show when={c().handoffDetail}>
          <dt>Handoff summary</dt>
          <dd class="handoff-detail">{c().handoffDetail}</dd>
        </Show>
        <dt>Status</dt>
        <dd>{c().status}</dd>
        <dt>Support mode</dt>
        <dd>{c().supportMode ? (modeLabel[c().supportMode!] ?? c().supportMode) : "—"}</dd>
        <dt>AI turns</dt>
        <dd>{c().aiTurns}</dd>
        <dt>Messages</dt>
        <dd>{c().messageCount}</dd>
        <dt>Customer</dt>
        <dd>
          {customerText(c().customer)}
          <Show when={c().customer.name && c().customer.email}>
            <span class="empty"> · {c().customer.email}</span>
          </Show>
        </dd>
        <dt>Review</dt>
        <dd>
          <MarkBadge mark={c().review?.mark ?? null} />
        </dd>
      </dl>
    </section>
  );
}
