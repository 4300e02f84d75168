/** A moment on screen as a `<time>`: "3 minutes ago" (the default), the date and time, or the time of day; the full date on hover. */
import { ago, timeOfDay, when } from "./time";

export function Stamp(props: { at: number; as?: "ago" | "when" | "clock" }) {
  const text = () => (props.as === "when" ? when(props.at) : props.as === "clock" ? timeOfDay(props.at) : ago(props.at));
  return (
    <time datetime={new Date(props.at).toISOString()} title={props.as === "when" ? undefined : when(props.at)}>
      {text()}
    </time>
  );
}
