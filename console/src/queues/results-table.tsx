import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { z } from "zod";
import type { SortField, WorkItemPage } from "../../../protocol/queues";
import type { WorkItem } from "../../../protocol/work-items";
import { ago, when } from "../ui/time";
import { customerOrDash, statusClass } from "./labels";

export type Sort = z.infer<typeof SortField>;
export type Dir = "asc" | "desc";
type Page = z.infer<typeof WorkItemPage>;

const COLUMNS: { label: string; sort?: Sort }[] = [
  { label: "Key", sort: "key" },
  { label: "Type", sort: "type" },
  { label: "Summary", sort: "summary" },
  { label: "Customer" },
  { label: "Status", sort: "status" },
  { label: "Priority", sort: "priority" },
  { label: "Assignee", sort: "assignee" },
  { label: "Updated", sort: "updated" },
  { label: "Created", sort: "created" },
];

export const PAGE_SIZES = [25, 50, 100] as const;

/** A page of work items: click a column header to sort by it (again to reverse), a row to open the item. */
export function ResultsTable(props: {
  page: Page;
  sort: Sort | undefined;
  dir: Dir;
  onSort: (field: Sort) => void;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  onOpen: (item: WorkItem) => void;
  itemHref: (item: WorkItem) => string;
  /** Carried to the item's page, so its back link returns here. */
  linkState?: unknown;
}) {
  const pages = () => Math.max(1, Math.ceil(props.page.total / props.page.pageSize));
  const first = () => (props.page.total === 0 ? 0 : (props.page.page - 1) * props.page.pageSize + 1);
  const last = () => Math.min(props.page.total, props.page.page * props.page.pageSize);
  const ariaSort = (field?: Sort) => (field && field === props.sort ? (props.dir === "asc" ? "ascending" : "descending") : undefined);
  return (
    <div class="results">
      <table class="data results-table" aria-label="Work items">
        <thead>
          <tr>
            <For each={COLUMNS}>
              {(column) => (
                <th scope="col" aria-sort={ariaSort(column.sort)}>
                  <Show when={column.sort} fallback={column.label}>
                    {(field) => (
                      <button type="button" class="sort" onClick={() => props.onSort(field())}>
                        {column.label}
                        <span class="sort-mark" aria-hidden="true">
                          {field() === props.sort ? (props.dir === "asc" ? " ▲" : " ▼") : ""}
                        </span>
                      </button>
                    )}
                  </Show>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={props.page.items}>
            {(item) => (
              <tr class="row" onClick={(e) => !(e.target as Element).closest("a") && props.onOpen(item)}>
                <td class="key">
                  <A href={props.itemHref(item)} state={props.linkState}>
                    {item.key}
                  </A>
                </td>
                <td>{item.type}</td>
                <td class="summary">{item.summary || "(no summary yet)"}</td>
                <td>{customerOrDash(item.customer)}</td>
                <td>
                  <span class={statusClass(item.status)}>{item.status}</span>
                </td>
                <td>{item.priority}</td>
                <td>{item.assignee?.name ?? "Unassigned"}</td>
                <td title={when(item.updatedAt)}>{ago(item.updatedAt)}</td>
                <td title={when(item.createdAt)}>{when(item.createdAt)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.page.total === 0}>
        <p class="empty">No work items match this query.</p>
      </Show>
      <nav class="pager" aria-label="Pages">
        <span>
          {first()}–{last()} of {props.page.total}
        </span>
        <button type="button" class="secondary" disabled={props.page.page <= 1} onClick={() => props.onPage(props.page.page - 1)}>
          Previous page
        </button>
        <span>
          Page {props.page.page} of {pages()}
        </span>
        <button type="button" class="secondary" disabled={props.page.page >= pages()} onClick={() => props.onPage(props.page.page + 1)}>
          Next page
        </button>
        <label class="page-size">
          Per page
          <select value={props.page.pageSize} onChange={(e) => props.onPageSize(Number(e.currentTarget.value))}>
            <For each={PAGE_SIZES}>{(size) => <option value={size} selected={props.page.pageSize === size}>{size}</option>}</For>
          </select>
        </label>
      </nav>
    </div>
  );
}
