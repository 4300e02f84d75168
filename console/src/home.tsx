import { For, Show } from "solid-js";
import type { Me } from "../../protocol/auth";

/** Where a signed-in agent lands: who they are, which site, and the spaces they work in. */
export function Home(props: { me: Me; onSignOut: () => void }) {
  return (
    <div class="shell">
      <header class="topbar">
        <span class="brand">Parley</span>
        <span class="site">
          {props.me.site.name} · {props.me.site.edition}
        </span>
        <span class="spacer" />
        <span class="who" data-testid="signed-in-as">
          {props.me.agent.name} ({props.me.agent.role})
        </span>
        <button type="button" class="link" onClick={() => props.onSignOut()}>
          Sign out
        </button>
      </header>
      <main class="content">
        <h1>Your spaces</h1>
        <Show when={props.me.spaces.length > 0} fallback={<p>You are not a member of any space yet. Ask an admin to add you.</p>}>
          <ul class="spaces">
            <For each={props.me.spaces}>
              {(space) => (
                <li>
                  <strong>{space.name}</strong> <span class="key">{space.key}</span>{" "}
                  <span class={space.chatEnabled ? "badge on" : "badge off"}>{space.chatEnabled ? "chat on" : "chat off"}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </main>
    </div>
  );
}
