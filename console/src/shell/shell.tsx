import { A, type RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import { OfferTray } from "../conversations/offer-tray";
import { useSession } from "../session";
import { Notices } from "./notices";
import { ProfileMenu } from "./profile-menu";

/** The frame around every screen: where you are, where you can go, who you are, and live offers. */
export function Shell(props: RouteSectionProps) {
  const session = useSession();
  return (
    <div class="shell">
      <header class="topbar">
        <A href="/conversations" class="brand">
          Parley
        </A>
        <nav aria-label="Main">
          <A href="/conversations">Conversations</A>
          <A href="/queues">Queues</A>
          <A href="/customers">Customers</A>
          <Show when={session.isAdmin}>
            <A href="/review">Conversation review</A>
            <A href="/settings">Settings</A>
          </Show>
        </nav>
        <span class="spacer" />
        <span class="connection" classList={{ offline: !session.live.state.online }} role="status">
          {session.live.state.online ? "Connected" : "Reconnecting…"}
        </span>
        <ProfileMenu />
      </header>
      <Notices />
      <OfferTray />
      <main class="content">{props.children}</main>
    </div>
  );
}
