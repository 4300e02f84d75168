import { Show } from "solid-js";

/** The API's own message when it refused something, read out to screen readers. */
export function Refusal(props: { message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      <p class="error" role="alert">
        {props.message}
      </p>
    </Show>
  );
}

/** The message of whatever a console action threw. */
export const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
