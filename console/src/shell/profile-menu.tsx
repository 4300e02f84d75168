import { createSignal, onCleanup, Show } from "solid-js";
import { useSession } from "../session";
import { AvailabilitySwitch, overall } from "./availability";

/** Top right: who is signed in, their availability at a glance, the switch for all spaces or each, sign out. */
export function ProfileMenu() {
  const session = useSession();
  const [open, setOpen] = createSignal(false);
  let root: HTMLDivElement | undefined;
  const onDocumentClick = (e: MouseEvent) => {
    if (open() && root && !root.contains(e.target as Node)) setOpen(false);
  };
  document.addEventListener("click", onDocumentClick);
  onCleanup(() => document.removeEventListener("click", onDocumentClick));
  const state = () => overall(session.live.state.status);
  return (
    <div class="profile-menu" ref={root} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button type="button" class="profile-button" aria-haspopup="true" aria-expanded={open()} onClick={() => setOpen(!open())}>
        <span class={`dot ${state()}`} aria-hidden="true" />
        <span data-testid="signed-in-as">
          {session.me.agent.name}
          <span class="role"> ({session.me.agent.role})</span>
        </span>
        <span class="sr-only">, {state() === "mixed" ? "available in some spaces" : state()}</span>
      </button>
      <Show when={open()}>
        <div class="menu" role="dialog" aria-label="Profile">
          <p class="menu-who">
            {session.me.agent.email}
            <br />
            <small>
              {session.me.agent.role === "admin" ? "Admin" : "Agent"} at {session.me.site.name} · {session.me.site.edition}
            </small>
          </p>
          <AvailabilitySwitch />
          <button type="button" class="link" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
      </Show>
    </div>
  );
}
