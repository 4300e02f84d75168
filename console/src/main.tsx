import { Navigate, Router, type RouteDefinition } from "@solidjs/router";
import { createEffect, createResource, Match, on, onCleanup, Switch } from "solid-js";
import { render } from "solid-js/web";
import type { Me } from "../../protocol/auth";
import { api, ApiRefusal, SESSION_ENDED } from "./api";
import { createDesk } from "./conversations/desk";
import { conversationRoutes } from "./conversations/routes";
import { customersRoutes } from "./customers/routes";
import { createAgentSocket } from "./live/agent-socket";
import { queuesRoutes } from "./queues/routes";
import { reviewRoutes } from "./review/routes";
import { SessionContext, type Session } from "./session";
import { settingsRoutes } from "./settings/routes";
import { Shell } from "./shell/shell";
import { SignIn } from "./sign-in";
import "./styles.css";

async function loadMe(): Promise<Me | null> {
  try {
    return await api<Me>("GET", "/api/me");
  } catch (err) {
    if (err instanceof ApiRefusal && err.status === 401) return null;
    throw err;
  }
}

const routes: RouteDefinition[] = [
  { path: "/", component: () => <Navigate href="/conversations" /> },
  ...conversationRoutes,
  ...queuesRoutes,
  ...customersRoutes,
  ...reviewRoutes,
  ...settingsRoutes,
  { path: "*", component: () => <p class="empty">There is nothing at this address.</p> },
];

/** The signed-in console: one live socket for the session, the shell, and the screens. */
function Console(props: { me: Me; onMe: (me: Me | null) => void }) {
  const live = createAgentSocket();
  const desk = createDesk(live, props.me.agent.id);
  // Signed out here, in another tab, or the session ended: every tab goes to sign-in, none is left half alive.
  const ended = () => {
    desk.close();
    live.close();
    props.onMe(null);
  };
  const tabs = typeof BroadcastChannel === "function" ? new BroadcastChannel("parley-session") : null;
  tabs?.addEventListener("message", (e) => e.data === "signed-out" && ended());
  window.addEventListener(SESSION_ENDED, ended);
  // The live socket dropped: if the session is gone too, say so now rather than "Reconnecting…" for ever.
  createEffect(
    on(
      () => live.state.online,
      (online, was) => {
        if (was && !online) void loadMe().then((me) => me === null && ended(), () => undefined);
      },
    ),
  );
  onCleanup(() => {
    tabs?.close();
    window.removeEventListener(SESSION_ENDED, ended);
    desk.close();
    live.close();
  });
  const session: Session = {
    get me() {
      return props.me;
    },
    live,
    desk,
    get isAdmin() {
      return props.me.agent.role === "admin";
    },
    async refreshMe() {
      props.onMe(await loadMe());
    },
    async signOut() {
      await api("POST", "/api/auth/logout").catch(() => undefined);
      tabs?.postMessage("signed-out");
      ended();
    },
  };
  return (
    <SessionContext.Provider value={session}>
      <Router root={Shell}>{routes}</Router>
    </SessionContext.Provider>
  );
}

function App() {
  const [me, { mutate }] = createResource(loadMe);
  return (
    <Switch>
      <Match when={me.error}>
        <p class="error" role="alert">
          Parley could not load: {(me.error as Error).message}
        </p>
      </Match>
      <Match when={me.loading}>
        <p class="loading">Loading…</p>
      </Match>
      <Match when={me() === null}>
        <SignIn onSignedIn={(m) => mutate(m)} />
      </Match>
      <Match when={me()}>{(m) => <Console me={m()} onMe={(next) => mutate(next)} />}</Match>
    </Switch>
  );
}

render(() => <App />, document.getElementById("app")!);
