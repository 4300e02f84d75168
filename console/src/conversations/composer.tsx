import { createSignal, onCleanup } from "solid-js";
import { MAX_MESSAGE_CHARS } from "../../../protocol/conversation";
import type { Channel } from "./channel";

/** Where the agent writes: Enter sends, Shift+Enter breaks the line; typing is shown to the customer. */
export function Composer(props: { channel: Channel }) {
  const [text, setText] = createSignal("");
  let typing = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const setTyping = (on: boolean) => {
    if (on === typing) return;
    typing = on;
    props.channel.typing(on);
  };
  onCleanup(() => {
    clearTimeout(idle);
    if (typing) props.channel.typing(false);
  });
  const send = () => {
    const body = text().trim();
    if (!body) return;
    props.channel.send(body);
    setText("");
    clearTimeout(idle);
    setTyping(false);
  };
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <label class="sr-only" for="composer-text">
        Reply
      </label>
      <textarea
        id="composer-text"
        rows={3}
        placeholder="Write a reply… (Enter to send, Shift+Enter for a new line)"
        maxLength={MAX_MESSAGE_CHARS}
        value={text()}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setTyping(e.currentTarget.value.length > 0);
          clearTimeout(idle);
          idle = setTimeout(() => setTyping(false), 4000);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            send();
          }
        }}
      />
      <button type="submit" class="primary" disabled={text().trim().length === 0}>
        Send
      </button>
    </form>
  );
}
