import { For, Show } from "solid-js";
import { hasFilters, type Filters } from "./filters";
import { MARKS, markLabel, OUTCOMES, outcomeLabel, REASONS, reasonLabel } from "./labels";

export type FilterPatch = Partial<Record<keyof Filters, string | undefined>>;

/** Outcome, handoff reason, review mark and date range; every change applies at once. */
export function FiltersForm(props: { filters: Filters; onChange: (patch: FilterPatch) => void; onClear: () => void }) {
  const set = (key: keyof Filters) => (e: Event) => props.onChange({ [key]: (e.currentTarget as HTMLSelectElement).value || undefined });
  return (
    <form class="review-filters" role="search" aria-label="Filter conversations" onSubmit={(e) => e.preventDefault()}>
      <label>
        Outcome
        <select value={props.filters.outcome ?? ""} onChange={set("outcome")}>
          <option value="">Any outcome</option>
          <For each={OUTCOMES}>{(o) => <option value={o} selected={props.filters.outcome === o}>{outcomeLabel[o]}</option>}</For>
        </select>
      </label>
      <label>
        Handoff reason
        <select value={props.filters.reason ?? ""} onChange={set("reason")}>
          <option value="">Any reason</option>
          <For each={REASONS}>{(r) => <option value={r} selected={props.filters.reason === r}>{reasonLabel[r]}</option>}</For>
        </select>
      </label>
      <label>
        Review mark
        <select value={props.filters.mark ?? ""} onChange={set("mark")}>
          <option value="">Any mark</option>
          <option value="unreviewed">Not reviewed yet</option>
          <For each={MARKS}>{(m) => <option value={m} selected={props.filters.mark === m}>{markLabel[m]}</option>}</For>
        </select>
      </label>
      <label>
        From
        <input type="date" value={props.filters.from ?? ""} max={props.filters.to} onChange={set("from")} />
      </label>
      <label>
        To
        <input type="date" value={props.filters.to ?? ""} min={props.filters.from} onChange={set("to")} />
      </label>
      <Show when={hasFilters(props.filters)}>
        <button type="button" class="secondary" onClick={() => props.onClear()}>
          Clear filters
        </button>
      </Show>
    </form>
  );
}
