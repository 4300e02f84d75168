/**
 * What can be done to the conversation on screen, by who is looking: its assignee transfers or closes it; a
 * member watching a waiting one takes it; an admin closes or reassigns any open one. One form open at a time.
 */
import { createSignal, Match, Show, Switch } from "solid-js";
import { customerName } from "../../../protocol/customers";
import { useSession } from "../session";
import { AdminActions } from "./admin-actions";
import type { Channel } from "./channel";
import { canTake, TakeButton } from "./take";
import { TransferForm } from "./transfer-form";
import { FormActions } from "./form-actions";

export function PaneActions(props: { channel: Channel }) {
  const session = useSession();
  const s = () => props.channel.state;
  const conversation = () => s().conversation;
  const [open, setOpen] = createSignal<"transfer" | "close" | null>(null);
  const [outcome, setOutcome] = createSignal<"resolved" | "unresolved">("resolved");
  const isAssignee = () => s().you?.canWrite === true && conversation()?.state === "human";
  const canWrite = () => s().you?.canWrite === true && conversation()?.state !== "closed";
  const member = () => session.me.spaces.some((sp) => sp.id === conversation()?.spaceId);
  const toggle = (which: "transfer" | "close") => setOpen(open() === which ? null : which);

  return (
    <Show when={conversation()}>
      {(c) => (
        <div class="pane-actions">
          <div class="pane-buttons">
            <Show when={isAssignee()}>
              <button type="button" class="secondary" aria-expanded={open() === "transfer"} disabled={s().transferringTo !== null} onClick={() => toggle("transfer")}>
                Transfer…
              </button>
            </Show>
            <Show when={canWrite()}>
              <button type="button" class="secondary" aria-expanded={open() === "close"} onClick={() => toggle("close")}>
                Close conversation
              </button>
            </Show>
            <Show when={c().state === "waiting" && !canWrite() && member()}>
              <Show when={canTake(session, c().spaceId)} fallback={<span class="pane-hint">Go available in {session.me.spaces.find((sp) => sp.id === c().spaceId)?.name} to take it.</span>}>
                <TakeButton conversationId={c().id} who={customerName(c().customer)} />
              </Show>
            </Show>
            <Show when={session.isAdmin}>
              <AdminActions conversation={c()} hideClose={canWrite()} />
            </Show>
          </div>
          <Show when={isAssignee() && s().transferringTo}>
            {(to) => (
              <p class="pane-status" role="status">
                Waiting for {to()} to accept… The conversation stays yours until then.
              </p>
            )}
          </Show>
          <Switch>
            <Match when={open() === "transfer" && isAssignee()}>
              <TransferForm channel={props.channel} spaceId={c().spaceId} onDone={() => setOpen(null)} />
            </Match>
            <Match when={open() === "close" && canWrite()}>
              <form
                class="pane-form close-form"
                aria-label="Close the conversation"
                onSubmit={(e) => {
                  e.preventDefault();
                  props.channel.close(outcome());
                  setOpen(null);
                }}
              >
                <label>
                  Outcome
                  <select value={outcome()} onChange={(e) => setOutcome(e.currentTarget.value as "resolved" | "unresolved")}>
                    <option value="resolved">Resolved</option>
                    <option value="unresolved">Not resolved</option>
                  </select>
                </label>
                <FormActions kind="danger" label="Close" onCancel={() => setOpen(null)} />
              </form>
            </Match>
          </Switch>
        </div>
      )}
    </Show>
  );
}
