import { createSignal, For, Show } from "solid-js";
import type { LoginAnswer, Me, SiteChoice } from "../../protocol/auth";
import { LoginRequest } from "../../protocol/auth";
import { api } from "./api";

/**
 * Email and password; when they open accounts in several sites (a person can belong to more than one),
 * the server lists those sites and the agent picks one, which signs in again with its id.
 */
export function SignIn(props: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  const [sites, setSites] = createSignal<SiteChoice["chooseSite"]>();

  async function signIn(siteId?: string) {
    setError(undefined);
    const payload = LoginRequest.safeParse({ email: email().trim(), password: password(), ...(siteId ? { siteId } : {}) });
    if (!payload.success) {
      setError(payload.error.issues[0]?.message ?? "Check your email and password.");
      return;
    }
    setBusy(true);
    try {
      const answer = await api<LoginAnswer>("POST", "/api/auth/login", payload.data);
      if ("chooseSite" in answer) setSites(answer.chooseSite);
      else props.onSignedIn(answer);
    } catch (err) {
      setSites(undefined);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    void signIn();
  }

  function startOver() {
    setSites(undefined);
    setError(undefined);
  }

  return (
    <main class="sign-in">
      <Show
        when={sites()}
        fallback={
          <form class="card" onSubmit={submit} aria-labelledby="sign-in-title" novalidate>
            <h1 id="sign-in-title">Sign in to Parley</h1>
            <label>
              Email
              <input name="email" type="email" autocomplete="username" required value={email()} onInput={(e) => setEmail(e.currentTarget.value)} />
            </label>
            <label>
              Password
              <input
                name="password"
                type="password"
                autocomplete="current-password"
                required
                value={password()}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            </label>
            <Show when={error()}>
              <p class="error" role="alert">
                {error()}
              </p>
            </Show>
            <button type="submit" disabled={busy()}>
              {busy() ? "Signing in…" : "Sign in"}
            </button>
          </form>
        }
      >
        {(list) => (
          <section class="card site-choice" aria-labelledby="site-choice-title">
            <h1 id="site-choice-title">Choose a site</h1>
            <p class="intro">{email().trim()} has an account in more than one site. Which one do you want to work in?</p>
            <ul role="list">
              <For each={list()}>
                {(site) => (
                  <li>
                    <button type="button" disabled={busy()} onClick={() => void signIn(site.id)}>
                      {site.name}
                    </button>
                  </li>
                )}
              </For>
            </ul>
            <Show when={error()}>
              <p class="error" role="alert">
                {error()}
              </p>
            </Show>
            <button type="button" class="link" onClick={startOver}>
              Use another account
            </button>
          </section>
        )}
      </Show>
    </main>
  );
}
