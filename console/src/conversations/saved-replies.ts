/** The saved replies an agent may insert, loaded once a session and again after an admin changes them. */
import { createRoot, createSignal } from "solid-js";
import type { SavedReply, SavedReplyList } from "../../../protocol/saved-replies";
import { api } from "../api";

const store = createRoot(() => {
  const [replies, setReplies] = createSignal<SavedReply[] | null>(null);
  let loading: Promise<void> | null = null;
  const load = (): Promise<void> =>
    (loading ??= api<SavedReplyList>("GET", "/api/saved-replies")
      .then((r) => void setReplies(r.replies))
      // A failed reload keeps the replies already loaded; only a first load that fails shows none.
      .catch(() => void (replies() === null && setReplies([])))
      .finally(() => (loading = null)));
  return { replies, load };
});

/** The replies (null until loaded; loading starts on first read). */
export function savedReplies(): SavedReply[] | null {
  const list = store.replies();
  if (list === null) void store.load();
  return list;
}

/** Loads them again (after Settings changed one). */
export const reloadSavedReplies = (): Promise<void> => store.load();

/** Replies whose title holds every word of the query, those whose title starts with it first. */
export function searchReplies(list: SavedReply[], query: string): SavedReply[] {
  const q = query.trim().toLowerCase();
  if (!q) return list;
  const words = q.split(/\s+/);
  return list
    .filter((r) => words.every((w) => r.title.toLowerCase().includes(w)))
    .sort((a, b) => Number(b.title.toLowerCase().startsWith(q)) - Number(a.title.toLowerCase().startsWith(q)));
}

/**
 * The "/" command being typed at the caret: the slash must start the text or follow a space or line break,
 * and the query runs to the caret on one line. Null when there is none.
 */
export function slashQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const slash = before.lastIndexOf("/");
  if (slash < 0) return null;
  if (slash > 0 && !/\s/.test(before[slash - 1]!)) return null;
  const query = before.slice(slash + 1);
  if (query.includes("\n") || query.length > 80) return null;
  return { start: slash, query };
}
