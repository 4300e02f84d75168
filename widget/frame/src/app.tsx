import { createEffect, createSignal, For, onCleanup, Show } from "solid-js";
import { MAX_MESSAGE_CHARS, type WidgetConfig } from "../../../protocol/conversation";
import type { Chat } from "./chat";
import { Rating } from "./rating";
import { strings } from "./strings";
import { greetingOf, Transcript } from "./transcript";
import { closedForEmail } from "./words";
import { EmailForm, LeaveOffer, Waiting } from "./waiting";
import { EndChat } from "./end-chat";

/** Typing is said on the first keystroke of every burst, repeated while it lasts, and ends after a pause. */
const TYPING_IDLE_MS = 2500;
const TYPING_REPEAT_MS = 4000;

export function App(props: { chat: Chat; config: WidgetConfig | null; title: string; leaveMessageAfterSeconds: number; onClose: () => void }) {
  const { chat } = props;
  const s = chat.state;
  const [draft, setDraft] = createSignal("");
  const [leaving, setLeaving] = createSignal(false);
  let list: HTMLOListElement | undefined;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let typingSince = 0;

  createEffect(() => {
    if (s.conversation?.state === "closed") void chat.loadEarlier();
  });
  createEffect(() => {
    if (s.conversation?.state !== "waiting") setLeaving(false);
  });
  /** Earlier conversations other than the one on screen (its own work item may not have reached D1 yet). */
  const earlierOthers = () => s.earlier.filter((e) => e.id !== s.conversation?.id);

  // The newest entry stays in view: on every new one, and when a panel under the list (the email form, the
  // rating, the place in line) makes it shorter, unless the customer scrolled up to read.
  let pinned = true;
  const toEnd = () => list?.scrollTo({ top: list.scrollHeight });
  createEffect(() => {
    void s.messages.length;
    void s.outbox.length;
    pinned = true;
    queueMicrotask(toEnd);
  });
  // Watched from when the list exists (it may appear after the frame mounted, once the config is in).
  const resized = new ResizeObserver(() => pinned && toEnd());
  onCleanup(() => resized.disconnect());
  const listAppeared = (el: HTMLOListElement) => {
    list = el;
    // Only the customer scrolling up unpins it: a scroll event that lands after a panel took room (the list
    // shorter, scrollTop the same) must not read as the customer having scrolled away from the end.
    let lastTop = el.scrollTop;
    el.addEventListener(
      "scroll",
      () => {
        const atEnd = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
        if (atEnd) pinned = true;
        else if (el.scrollTop < lastTop - 1) pinned = false;
        lastTop = el.scrollTop;
      },
      { passive: true },
    );
    resized.observe(el);
  };

  const mode = () => s.conversation?.supportMode ?? props.config?.supportMode;
  const state = () => s.conversation?.state;
  const last = () => s.messages.at(-1);
  const askEmail = () => {
    if (state() === "closed") return false;
    if (state() === "waiting") return s.away !== null || leaving();
    const prompt = [...s.messages].reverse().find((m) => m.event === "email_prompt" || m.event === "email_left");
    return prompt?.event === "email_prompt";
  };
  /** The chat ended because the customer left their email instead of waiting: nobody answered, so no rating is asked. */
  const closedByEmail = () => {
    const closed = s.messages.findLast((m) => m.event === "closed");
    return closed !== undefined && closedForEmail(closed);
  };
  /** Somebody answered the customer (a person joined or wrote, or the AI replied): only then is a rating asked. */
  const answered = () => s.messages.some((m) => m.event === "agent_joined" || (m.event === null && (m.author.type === "agent" || (m.author.type === "ai" && m.seq > 1))));
  const canSolve = () => state() === "ai" && last()?.author.type === "ai" && last()!.seq > 1 && last()!.event === null;

  /** Under the chat's name: who answers, where the customer stands, or that the connection is back soon. */
  const sub = () => {
    if (s.status === "offline") return strings.offline;
    if (state() === "closed") return strings.headerEnded;
    if (state() === "human" && s.agentName) return strings.headerAgent(s.agentName);
    if (state() === "waiting") return s.away ? strings.headerAway : strings.headerWaiting;
    if (mode() === "team") return strings.headerTeam;
    const ai = s.conversation?.aiAgentName ?? props.config?.aiAgentName;
    return ai ? strings.headerAi(ai) : "";
  };

  function stopTyping(tell: boolean) {
    clearTimeout(idleTimer);
    idleTimer = undefined;
    if (tell && typingSince) chat.typing(false);
    typingSince = 0;
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const body = draft().trim();
    if (!body || state() === "closed") return;
    chat.send(body);
    setDraft("");
    stopTyping(false); // the message itself ends the team's typing indicator
  }

  function onInput(value: string) {
    setDraft(value);
    if (!value.trim()) return stopTyping(true);
    const now = Date.now();
    if (!typingSince || now - typingSince >= TYPING_REPEAT_MS) {
      typingSince = now;
      chat.typing(true);
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stopTyping(true), TYPING_IDLE_MS);
  }

  return (
    <div class="panel" role="dialog" aria-label={props.title}>
      <header class="head">
        <div>
          <h1>{props.title}</h1>
          <p class="sub" classList={{ offline: s.status === "offline" }} aria-live="polite">
            {sub()}
          </p>
        </div>
        <button type="button" class="icon" aria-label={strings.close} onClick={() => props.onClose()}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
          </svg>
        </button>
      </header>

      <Show when={s.status !== "unavailable"} fallback={<p class="problem" role="alert">{s.problem ?? strings.unavailable}</p>}>
        <Transcript
          greeting={!s.conversation && props.config ? greetingOf(props.config) : null}
          messages={s.messages}
          outbox={s.outbox}
          agentRead={s.readUpTo.agent}
          onRetry={(id) => chat.retry(id)}
          ref={listAppeared}
        />

        <Show when={s.typing}>{(t) => <p class="typing" aria-live="polite">{strings.typing(t().name)}</p>}</Show>

        <Show when={state() === "waiting"}>
          <Waiting position={s.position} estimateSeconds={s.estimateSeconds} away={s.away} />
          <Show when={!s.away && !leaving()}>
            <LeaveOffer waitingSince={s.conversation?.waitingSince ?? null} afterSeconds={props.leaveMessageAfterSeconds} onLeave={() => setLeaving(true)} />
          </Show>
        </Show>

        <Show when={s.error}>{(e) => <p class="problem" role="alert">{e()}</p>}</Show>

        <Show when={askEmail()}>
          <EmailForm onSubmit={(email) => chat.leaveEmail(email)} sending={s.emailSending !== null} />
        </Show>

        <Show
          when={state() !== "closed"}
          fallback={
            <div class="closed">
              <p role="status">{strings.closed}</p>
              <Show when={answered() && !closedByEmail()}>
                <Rating recorded={s.rating.recorded} sending={s.rating.sending !== null} problem={s.rating.problem} onRate={(r) => chat.rate(r)} />
              </Show>
              <button type="button" class="secondary" onClick={() => void chat.startAgain()}>
                {strings.startAgain}
              </button>
              <Show when={earlierOthers().length > 0}>
                <h2 class="earlier-title">{strings.earlier}</h2>
                <ul class="earlier">
                  <For each={earlierOthers()}>
                    {(e) => (
                      <li>
                        <span>{e.summary}</span>
                        <small>{new Date(e.createdAt).toLocaleDateString()}</small>
                        <button type="button" onClick={() => chat.view(e.id)}>
                          {strings.view}
                        </button>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </div>
          }
        >
          <div class="actions">
            <Show when={mode() === "ai_team" && state() === "ai"}>
              <button type="button" onClick={() => chat.requestPerson()}>
                {strings.talkToPerson}
              </button>
            </Show>
            <Show when={canSolve()}>
              <button type="button" onClick={() => chat.solved()}>
                {strings.solved}
              </button>
            </Show>
            <Show when={state() === "human" || state() === "waiting"}>
              <EndChat onEnd={() => chat.end()} />
            </Show>
          </div>
          <form class="composer" onSubmit={submit}>
            <label class="visually-hidden" for="parley-composer">
              {strings.composerLabel}
            </label>
            <textarea
              id="parley-composer"
              aria-describedby={draft().length > MAX_MESSAGE_CHARS - 500 ? "parley-limit" : undefined}
              rows={2}
              maxLength={MAX_MESSAGE_CHARS}
              placeholder={strings.composerPlaceholder}
              value={draft()}
              onInput={(e) => onInput(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && !e.shiftKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
            <button type="submit" class="primary" disabled={draft().trim() === ""}>
              {strings.send}
            </button>
            <Show when={draft().length > MAX_MESSAGE_CHARS - 500}>
              <small class="limit" id="parley-limit" aria-live={draft().length >= MAX_MESSAGE_CHARS ? "polite" : "off"}>
                {strings.lengthLimit(draft().length, MAX_MESSAGE_CHARS)}
              </small>
            </Show>
          </form>
        </Show>
      </Show>
    </div>
  );
}
