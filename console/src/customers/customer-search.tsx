import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createSignal, For, onCleanup, Show } from "solid-js";
import type { z } from "zod";
import { customerName } from "../../../protocol/customers";
import type { CustomerSummary } from "../../../protocol/work-items";
import { createLoader } from "../queues/load";
import { Refusal } from "../ui/refusal";
import { ago, when } from "../ui/time";
import "./customers.css";

type Summary = z.infer<typeof CustomerSummary>;

/** Find a customer by name, email or visitor name ("Visitor 4821") (most recently seen first); the query lives in the address (?q=). */
export function CustomerSearch() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams<{ q?: string }>();
  const [text, setText] = createSignal(params.q ?? "");
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer);
    timer = setTimeout(() => setParams({ q: value.trim() || undefined }, { replace: true }), 300);
  };
  const query = () => (params.q ?? "").trim();
  const found = createLoader<{ customers: Summary[] }>(() => `/api/customers?${new URLSearchParams({ q: query(), limit: "50" })}`);
  const open = (c: Summary) => navigate(`/customers/${c.id}`);

  return (
    <section class="customers-page" aria-labelledby="customers-title">
      <h1 id="customers-title">Customers</h1>
      <form
        class="customer-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          clearTimeout(timer);
          setParams({ q: text().trim() || undefined }, { replace: true });
        }}
      >
        <label>
          Search customers by name or email
          <input type="search" value={text()} maxLength={200} autofocus placeholder="Name, email or Visitor 4821" onInput={(e) => onInput(e.currentTarget.value)} />
        </label>
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      <Refusal message={found.error()} />
      <Show when={found.data()}>
        {(data) => (
          <>
            <h2 class="results-heading" aria-live="polite">
              {query() ? `${data().customers.length} ${data().customers.length === 1 ? "customer" : "customers"} matching “${query()}”` : "Recently seen customers"}
            </h2>
            <Show when={data().customers.length > 0} fallback={<p class="empty">No customer matches. Try part of their name or email, or a visitor's number.</p>}>
              <table class="data customer-results" aria-label="Customers">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Last seen</th>
                    <th scope="col">Customer since</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={data().customers}>
                    {(c) => (
                      <tr class="row" onClick={(e) => !(e.target as Element).closest("a") && open(c)}>
                        <td>
                          <A href={`/customers/${c.id}`}>{customerName(c)}</A>
                        </td>
                        <td>{c.email ?? "—"}</td>
                        <td title={when(c.lastSeenAt)}>{ago(c.lastSeenAt)}</td>
                        <td>{when(c.createdAt)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
