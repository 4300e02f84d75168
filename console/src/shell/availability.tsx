import { For, Show } from "solid-js";
import type { AgentStatus, Availability } from "../../../protocol/console";
import { api } from "../api";
import { useSession } from "../session";
import { messageOf } from "../ui/refusal";

/** Sets availability for all the agent's spaces at once, or for one; answers the new status. */
export async function setAvailability(status: Availability, spaceId?: string): Promise<AgentStatus> {
  return api<AgentStatus>("PUT", "/api/me/availability", spaceId ? { status, spaceId } : { status });
}

/** Available in every space, in none, or in some. */
export function overall(status: AgentStatus | null): "available" | "unavailable" | "mixed" {
  const values = Object.values(status?.availability ?? {});
  if (values.length > 0 && values.every((v) => v === "available")) return "available";
  if (values.some((v) => v === "available")) return "mixed";
  return "unavailable";
}

/**
 * The availability switch: all spaces at once, then each space on its own. Used in the profile menu and
 * beside an open conversation.
 */
export function AvailabilitySwitch(props: { compact?: boolean }) {
  const session = useSession();
  const status = () => session.live.state.status;
  const change = async (value: Availability, spaceId?: string) => {
    try {
      session.live.setStatus(await setAvailability(value, spaceId));
    } catch (err) {
      session.live.notify("warning", messageOf(err));
    }
  };
  return (
    <fieldset class="availability" classList={{ compact: props.compact }}>
      <legend>Availability</legend>
      <label class="all">
        <input
          type="checkbox"
          role="switch"
          checked={overall(status()) === "available"}
          onChange={(e) => void change(e.currentTarget.checked ? "available" : "unavailable")}
        />
        Available in all spaces
      </label>
      <Show when={!props.compact || session.me.spaces.length > 1}>
        <For each={session.me.spaces}>
          {(space) => (
            <label class="space">
              <input
                type="checkbox"
                role="switch"
                checked={status()?.availability[space.id] === "available"}
                onChange={(e) => void change(e.currentTarget.checked ? "available" : "unavailable", space.id)}
              />
              {space.name}
            </label>
          )}
        </For>
      </Show>
    </fieldset>
  );
}
