/**
 * Loading API data for a screen without Suspense: the last answer stays on screen while the next one loads
 * (so a refresh never blanks a table or steals focus from the editor), and a late answer to an outdated
 * request is dropped.
 */
import { createEffect, createSignal, on, type Accessor } from "solid-js";
import { api } from "../api";
import { messageOf } from "../ui/refusal";

export interface Loaded<T> {
  data: Accessor<T | undefined>;
  error: Accessor<string | undefined>;
  loading: Accessor<boolean>;
  /** Loads the current path again (keeps what is shown meanwhile). */
  refetch: () => Promise<void>;
  /** Replaces what is shown (after a change the API answered with). */
  set: (value: T | undefined) => void;
}

/** GETs `path()` whenever it changes (nothing while it is undefined). */
export function createLoader<T>(path: Accessor<string | undefined>): Loaded<T> {
  const [data, setData] = createSignal<T>();
  const [error, setError] = createSignal<string>();
  const [loading, setLoading] = createSignal(false);
  let latest = 0;
  async function load(target: string | undefined) {
    const mine = ++latest;
    if (target === undefined) {
      setLoading(false);
      return;
    }
    setLoading(true);
    try {
      const value = await api<T>("GET", target);
      if (mine !== latest) return;
      setData(() => value);
      setError(undefined);
    } catch (err) {
      if (mine === latest) setError(messageOf(err));
    } finally {
      if (mine === latest) setLoading(false);
    }
  }
  createEffect(on(path, (target) => void load(target)));
  return { data, error, loading, refetch: () => load(path()), set: (value) => setData(() => value) };
}
