/**
 * The agent's desk: every conversation they hold open at once (their active ones, up to the cap, plus the
 * one on screen), each with its own live channel, so unread markers keep counting while they work elsewhere.
 */
import { createEffect, createRoot, createSignal, untrack } from "solid-js";
import type { AgentSocket } from "../live/agent-socket";
import { createChannel, type Channel } from "./channel";

export function createDesk(live: AgentSocket, agentId: string) {
  const channels = new Map<string, Channel>();
  const [version, setVersion] = createSignal(0);
  const [viewing, setViewing] = createSignal<string | null>(null);

  const get = (id: string): Channel => {
    let channel = channels.get(id);
    if (!channel) {
      channel = createRoot(() => createChannel(id, agentId, { notify: (text, topic) => live.notify("warning", text, topic), settle: (topic) => live.settle(topic) }));
      channels.set(id, channel);
      setVersion((v) => v + 1);
    }
    return channel;
  };

  const active = () => live.state.status?.activeConversations.map((a) => a.conversationId) ?? [];

  // Keep a channel for each active conversation and the one on screen; let the others go.
  const dispose = createRoot((done) => {
    createEffect(() => {
      const keep = new Set(active());
      const shown = viewing();
      if (shown) keep.add(shown);
      untrack(() => {
        for (const id of keep) get(id);
        for (const [id, channel] of channels) {
          if (!keep.has(id)) {
            channel.dispose();
            channels.delete(id);
            setVersion((v) => v + 1);
          }
        }
        for (const [id, channel] of channels) channel.focus(id === shown);
      });
    });
    return done;
  });

  return {
    /** The channel of a conversation, opened if needed. */
    open: get,
    /** Marks which conversation is on screen (null: none). */
    view: (id: string | null) => setViewing(id),
    viewing,
    active,
    /** Channels open now (reactive). */
    channels(): Channel[] {
      version();
      return [...channels.values()];
    },
    unread(id: string): number {
      version();
      return channels.get(id)?.state.unread ?? 0;
    },
    close() {
      dispose();
      for (const channel of channels.values()) channel.dispose();
      channels.clear();
    },
  };
}

export type Desk = ReturnType<typeof createDesk>;
