import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { z } from "zod";
import type { CustomerProfile } from "../../../protocol/work-items";
import { api } from "../api";
import { when } from "../ui/time";

type Profile = z.infer<typeof CustomerProfile>;

/** Beside the conversation: who the customer is and every conversation they had before. */
export function CustomerCard(props: { customerId: string; conversationId: string }) {
  const [profile] = createResource(
    () => props.customerId,
    (id) => api<Profile>("GET", `/api/customers/${id}`),
  );
  return (
    <aside class="customer-card" aria-label="Customer">
      <h2>Customer</h2>
      <Show when={profile()} fallback={<p class="empty">{profile.error ? "The profile could not be loaded." : "Loading…"}</p>}>
        {(p) => (
          <>
            <p class="name">{p().name ?? "Visitor"}</p>
            <Show when={p().email}>
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
