/** The site's chat settings: the concurrent conversation cap, the offer timeout, idle close, missed offers. */
import { createResource, createSignal } from "solid-js";
import { ChatSettings } from "../../../protocol/settings";
import { api } from "../api";
import { Loaded } from "./controls";
import { check, Choice, createSaver, Field, numberOf, SaveBar, type FieldErrors } from "./form";

export function ChatSettingsPage() {
  const [settings] = createResource(() => api<ChatSettings>("GET", "/api/settings/chat"));
  return (
    <section aria-labelledby="chat-settings-title">
      <h2 id="chat-settings-title">Chat settings</h2>
      <p class="st-lead">How conversations are offered to agents across every space of the site.</p>
      <Loaded resource={settings} what="the chat settings">
        {(value) => <ChatSettingsForm initial={value()} />}
      </Loaded>
    </section>
  );
}

function ChatSettingsForm(props: { initial: ChatSettings }) {
  const [cap, setCap] = createSignal(String(props.initial.chatCap));
  const [offerTimeout, setOfferTimeout] = createSignal(String(props.initial.offerTimeoutSeconds));
  const [idle, setIdle] = createSignal(String(props.initial.idleCloseMinutes));
  const [keep, setKeep] = createSignal(props.initial.keepAvailableOnMissedOffer);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const saver = createSaver();
  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    saver.touched();
  };

  async function submit(e: SubmitEvent) {
    e.preventDefault();
    const value = check(
      ChatSettings,
      { chatCap: numberOf(cap()), offerTimeoutSeconds: numberOf(offerTimeout()), idleCloseMinutes: numberOf(idle()), keepAvailableOnMissedOffer: keep() },
      setErrors,
    );
    if (!value) return;
    const saved = await saver.run(() => api<ChatSettings>("PATCH", "/api/settings/chat", value));
    if (saved) {
      setCap(String(saved.chatCap));
      setOfferTimeout(String(saved.offerTimeoutSeconds));
      setIdle(String(saved.idleCloseMinutes));
      setKeep(saved.keepAvailableOnMissedOffer);
    }
  }

  return (
    <form class="panel st-form" onSubmit={submit} novalidate aria-label="Chat settings">
      <Field
        label="Concurrent conversations per agent"
        hint="No agent holds more active conversations plus pending offers than this, across all spaces (1–50)."
        error={errors().chatCap}
      >
        {(a) => <input {...a} type="number" min="1" max="50" step="1" inputmode="numeric" value={cap()} onInput={(e) => edit(setCap)(e.currentTarget.value)} />}
      </Field>
      <Field
        label="Offer timeout (seconds)"
        hint="How long an agent has to accept an offered conversation before it goes to the next agent (5–3600; default 120)."
        error={errors().offerTimeoutSeconds}
      >
        {(a) => <input {...a} type="number" min="5" max="3600" step="1" inputmode="numeric" value={offerTimeout()} onInput={(e) => edit(setOfferTimeout)(e.currentTarget.value)} />}
      </Field>
      <Field
        label="Close idle conversations after (minutes)"
        hint="A conversation where nobody writes for this long closes itself (1 minute to a week)."
        error={errors().idleCloseMinutes}
      >
        {(a) => <input {...a} type="number" min="1" max="10080" step="1" inputmode="numeric" value={idle()} onInput={(e) => edit(setIdle)(e.currentTarget.value)} />}
      </Field>
      <Choice
        type="checkbox"
        label="Keep agents available when they miss an offer"
        hint="Off: an agent who lets an offer expire is set Unavailable and told so, so conversations are not offered to someone who is away."
        checked={keep()}
        onChange={(on) => edit(setKeep)(on)}
      />
      <SaveBar saver={saver} invalid={Object.keys(errors()).length > 0} />
    </form>
  );
}
