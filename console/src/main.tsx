import { createResource, Match, Switch } from "solid-js";
import { render } from "solid-js/web";
import type { Me } from "../../protocol/auth";
import { api, ApiRefusal } from "./api";
import { Home } from "./home";
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

function App() {
  const [me, { mutate }] = createResource(loadMe);
  const signOut = async () => {
    await api("POST", "/api/auth/logout").catch(() => undefined);
    mutate(null);
  };
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
      <Match when={me()}>{(m) => <Home me={m()} onSignOut={signOut} />}</Match>
    </Switch>
  );
}

render(() => <App />, document.getElementById("app")!);
