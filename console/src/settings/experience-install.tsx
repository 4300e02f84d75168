/** Putting an experience to work: the embed snippet, the support site's address, the identity secret. */
import { createResource, createSignal, Show } from "solid-js";
import type { Experience, IdentitySecret } from "../../../protocol/settings";
import { api } from "../api";
import { messageOf, Refusal } from "../ui/refusal";
import { ConfirmButton, CopyButton } from "./controls";

/** The one tag that embeds the widget, pointing at this console's own origin. */
export const embedSnippet = (origin: string, experienceId: string) =>
  `<script src="${origin}/widget/v1/widget.js" data-experience="${experienceId}" async></script>`;

export function ExperienceInstall(props: { experience: Experience }) {
  const origin = window.location.origin;
  const snippet = () => embedSnippet(origin, props.experience.id);
  const supportPath = () => `/support/${props.experience.slug}`;
  let snippetEl: HTMLPreElement | undefined;
  let secretEl: HTMLInputElement | undefined;
  const [showSecret, setShowSecret] = createSignal(false);
  const [refusal, setRefusal] = createSignal<string | null>(null);
  const [rotated, setRotated] = createSignal(false);
  // One identity secret for the whole site (customers belong to the site, not to one experience).
  const [secret, { mutate }] = createResource(() => api<IdentitySecret>("GET", "/api/settings/identity").then((s) => s.identitySecret));

  async function rotate() {
    setRefusal(null);
    setRotated(false);
    try {
      mutate((await api<IdentitySecret>("POST", "/api/settings/identity/rotate")).identitySecret);
      setRotated(true);
    } catch (err) {
      setRefusal(messageOf(err));
    }
  }

  return (
    <section class="panel st-install" aria-labelledby="install-title">
      <h3 id="install-title">Install</h3>

      <h4>Embedded widget</h4>
      <Show
        when={props.experience.channels.includes("widget")}
        fallback={<p class="empty">The embedded widget channel is off for this experience. Switch it on below to embed the chat.</p>}
      >
        <p>Paste this tag into every page that should show the chat, just before &lt;/body&gt;:</p>
        <pre class="st-snippet" data-testid="embed-snippet" ref={snippetEl}>
          <code>{snippet()}</code>
        </pre>
        <CopyButton text={snippet()} label="Copy snippet" target={() => snippetEl} />
        <Show
          when={props.experience.allowedOrigins.length === 0}
          fallback={
            <p class="st-hint">
              It loads only on pages of the allowed origins below ({props.experience.allowedOrigins.join(", ")}). On any other page it stays
              hidden, and the browser's console says why: add that page's origin below and save.
            </p>
          }
        >
          <p class="st-warning-text">Add the origins of your pages to “Allowed origins” below, or the widget will not load on them.</p>
        </Show>
      </Show>

      <h4>Support site</h4>
      <Show
        when={props.experience.channels.includes("support_site")}
        fallback={<p class="empty">The support site channel is off for this experience.</p>}
      >
        <p>
          The help center with your published articles and the chat:{" "}
          <a href={supportPath()} target="_blank" rel="noopener">
            {origin}
            {supportPath()}
          </a>
        </p>
      </Show>

      <h4>Identity verification</h4>
      <p class="st-hint">
        To identify signed-in customers, your server sends their id with <code>hash</code> = the hex HMAC-SHA256 of the id made with your
        site's secret (the same for every experience) — or of <code>id:email</code>, to have their email trusted too. Keep it on your server,
        never in a page.
      </p>
      <div class="st-inline-form">
        <label for="identity-secret">Identity secret</label>
        <input id="identity-secret" class="st-mono st-secret" readOnly type={showSecret() ? "text" : "password"} value={secret() ?? ""} ref={secretEl} />
        <button type="button" class="secondary" aria-pressed={showSecret()} onClick={() => setShowSecret(!showSecret())}>
          {showSecret() ? "Hide secret" : "Show secret"}
        </button>
        <CopyButton
          text={secret() ?? ""}
          label="Copy secret"
          target={() => {
            setShowSecret(true);
            return secretEl;
          }}
        />
      </div>
      <div class="st-save-row">
        <ConfirmButton
          label="Rotate secret"
          confirmLabel="Rotate now"
          question="Identity hashes made with the old secret stop working at once. Rotate?"
          onConfirm={rotate}
        />
        <Show when={rotated()}>
          <span class="st-saved" role="status">
            A new secret is in place.
          </span>
        </Show>
      </div>
      <Refusal message={refusal()} />
    </section>
  );
}
