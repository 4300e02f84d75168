import { A, useNavigate, type RouteSectionProps } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { z } from "zod";
import type { CustomerProfile as Profile, WorkItem } from "../../../protocol/work-items";
import { customerName } from "../../../protocol/customers";
import { statusClass, channelLabel } from "../queues/labels";
import { aiOutcomeText, resolutionText } from "../ui/outcomes";
import { createLoader } from "../queues/load";
import { RatingBadge } from "../ui/rating";
import { Refusal } from "../ui/refusal";
import { ago, when } from "../ui/time";
import "../queues/queues.css";
import "./customers.css";

/**
 * A customer's profile: who they are, their attributes, and every conversation they had in your spaces
 * (status, outcome, the customer's rating, date). Opening a conversation shows its transcript beside the list (the child route).
 */
export function CustomerProfile(props: RouteSectionProps) {
  const navigate = useNavigate();
  const profile = createLoader<z.infer<typeof Profile>>(() => `/api/customers/${encodeURIComponent(props.params.customerId ?? "")}`);
  const attributes = () => Object.entries(profile.data()?.attributes ?? {});
  const conversationHref = (item: WorkItem) => `/customers/${props.params.customerId}/conversations/${item.conversationId ?? item.id}`;
  const selected = (item: WorkItem) => props.params.conversationId === (item.conversationId ?? item.id);

  return (
    <article class="customer-profile" aria-labelledby="customer-title">
      <A class="back" href="/customers">
        ← All customers
      </A>
      <Refusal message={profile.error()} />
      <Show when={profile.data()} fallback={<Show when={!profile.error()}><p class="loading">Loading…</p></Show>}>
        {(p) => (
          <>
            <header class="profile-head">
              <h1 id="customer-title">{customerName(p())}</h1>
              <dl class="fields profile-fields">
                <dt>Email</dt>
                <dd>{p().email ?? "—"}</dd>
                <Show when={p().externalId}>
                  <dt>External id</dt>
                  <dd>{p().externalId}</dd>
                </Show>
                <dt>Customer since</dt>
                <dd>{when(p().createdAt)}</dd>
                <dt>Last seen</dt>
                <dd title={when(p().lastSeenAt)}>{ago(p().lastSeenAt)}</dd>
              </dl>
            </header>
            <section class="panel" aria-labelledby="attributes-title">
              <h2 id="attributes-title">Attributes</h2>
              <Show when={attributes().length > 0} fallback={<p class="empty">No attributes.</p>}>
                <dl class="fields">
                  <For each={attributes()}>
                    {([key, value]) => (
                      <>
                        <dt>{key}</dt>
                        <dd>{value}</dd>
                      </>
                    )}
                  </For>
                </dl>
              </Show>
            </section>
            <div class="profile-conversations" classList={{ "with-transcript": !!props.params.conversationId }}>
              <section class="panel" aria-labelledby="conversations-title">
                <h2 id="conversations-title">Conversations ({p().conversations.length})</h2>
                <Show when={p().conversations.length > 0} fallback={<p class="empty">No conversations in your spaces.</p>}>
                  <table class="data" aria-label="Conversations">
                    <thead>
                      <tr>
                        <th scope="col">Conversation</th>
                        <th scope="col">Status</th>
                        <th scope="col">AI's outcome</th>
                        <th scope="col">Resolution</th>
                        <th scope="col">Rating</th>
                        <th scope="col">Channel</th>
                        <th scope="col">Date</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={p().conversations}>
                        {(c) => (
                          <tr
                            class="row"
                            classList={{ selected: selected(c) }}
                            aria-current={selected(c) ? "true" : undefined}
                            onClick={(e) => !(e.target as Element).closest("a") && navigate(conversationHref(c))}
                          >
                            <td>
                              <A href={conversationHref(c)}>
                                <span class="item-key">{c.key}</span> {c.summary || "(no summary yet)"}
                              </A>
                            </td>
                            <td>
                              <span class={statusClass(c.status)}>{c.status}</span>
                            </td>
                            <td>{aiOutcomeText(c.aiOutcome)}</td>
                            <td>{resolutionText(c)}</td>
                            <td>
                              <Show when={c.rating} fallback={<span class="empty">Not rated</span>}>
                                {(rating) => <RatingBadge rating={rating()} comment />}
                              </Show>
                            </td>
                            <td>{channelLabel(c.channel)}</td>
                            <td>{when(c.createdAt)}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </Show>
              </section>
              {props.children}
            </div>
          </>
        )}
      </Show>
    </article>
  );
}
