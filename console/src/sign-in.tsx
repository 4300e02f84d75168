import { createSignal, Show } from "solid-js";
import type { Me } from "../../protocol/auth";
import { LoginRequest } from "../../protocol/auth";
import { api } from "./api";

export function SignIn(props: { onSignedIn: (me: Me) => void }) {
  const [email, setEmail] = createSignal("");
  const [password, setPassword] = createSignal("");
  const [error, setError] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setError(undefined);
    const payload = LoginRequest.safeParse({ email: email().trim(), password: password() });
    if (!payload.success) {
      setError(payload.error.issues[0]?.message ?? "Check your email and password.");
      return;
    }
    setBusy(true);
    try {
      props.onSignedIn(await api<Me>("POST", "/api/auth/login", payload.data));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="sign-in">
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
    </main>
  );
}
