import { A } from "@solidjs/router";
import { createResource, For, Show, type Resource } from "solid-js";
import type { z } from "zod";
import { customerName } from "../../../protocol/customers";
import type { CustomerProfile } from "../../../protocol/work-items";
import { api } from "../api";
import { RatingBadge } from "../ui/rating";
import { when } from "../ui/time";

export type Profile = z.infer<typeof CustomerProfile>;

/** The customer's profile, loaded for the conversation on screen (the card and the pane's heading share it). */
export function createProfile(customerId: () => string | undefined): Resource<Profile> {
  const [profile] = createResource(customerId, (id) => api<Profile>("GET", `/api/customers/${id}`));
  return profile;
}

/** Beside the conversation: who the customer is and every conversation they had before. */
export function CustomerCard(props: { profile: Resource<Profile>; conversationId: string }) {
  const profile = () => props.profile();
  return (
    <aside class="customer-card" aria-label="Customer">
      <h2>Customer</h2>
      <Show when={profile()} fallback={<p class="empty">{props.profile.error ? "The profile could not be loaded." : "Loading…"}</p>}>
        {(p) => (
          <>
            <p class="name">{customerName(p())}</p>
            <Show when={p().name && p().email}>
              <p>{p().email}</p>
            </Show>
            <dl>
              <For each={Object.entries(p().attributes)}>
                {([key, value]) => (
                  <>
                    <dt>{key}</dt>
                    <dd>{value}</dd>
                  </>
                )}
              </For>
              <dt>First seen</dt>
              <dd>{when(p().createdAt)}</dd>
            </dl>
            <A href={`/customers/${p().id}`}>Open profile</A>
            <h3>Earlier conversations</h3>
            <Show when={p().conversations.some((c) => c.conversationId !== props.conversationId)} fallback={<p class="empty">None before this one.</p>}>
              <ul class="earlier">
                <For each={p().conversations.filter((c) => c.conversationId !== props.conversationId)}>
                  {(c) => (
                    <li>
                      <A href={`/conversations/${c.conversationId ?? c.id}`}>{c.summary}</A>
                      <small>
                        {c.key} · {c.status} · {when(c.createdAt)}
                      </small>
                      <Show when={c.rating}>{(rating) => <small><RatingBadge rating={rating()} /></small>}</Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </aside>
  );
}
