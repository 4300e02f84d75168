import { For, Match, Show, Switch } from "solid-js";
import type { JqlCheck, JqlProblem } from "./jql-check";

/** The line of the query a problem points at, with a caret under the character. */
function Pointer(props: { query: string; problem: JqlProblem }) {
  const line = () => props.query.split("\n")[(props.problem.line ?? 1) - 1] ?? "";
  return (
    <pre class="jql-pointer" aria-hidden="true">
      <span>{line()}</span>
      <span>{" ".repeat(Math.max(0, (props.problem.character ?? 1) - 1))}^</span>
    </pre>
  );
}

/**
 * The JQL editor: a text area checked as the agent types, with what is wrong and where (line and character)
 * under it.
 */
export function JqlEditor(props: { value: string; onInput: (text: string) => void; check: JqlCheck }) {
  const current = () => props.check.query === props.value;
  const invalid = () => (props.check.state === "invalid" ? props.check : undefined);
  const failed = () => (props.check.state === "failed" ? props.check : undefined);
  return (
    <div class="jql-editor">
      <label for="jql-input">Filter (JQL)</label>
      <textarea
        id="jql-input"
        class="jql-input"
        classList={{ invalid: props.check.state === "invalid" }}
        rows={3}
        maxLength={2000}
        spellcheck={false}
        autocomplete="off"
        placeholder='e.g. type = Conversation AND status != Closed ORDER BY created DESC'
        aria-describedby="jql-status"
        aria-invalid={props.check.state === "invalid"}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <div id="jql-status" class="jql-status" aria-live="polite">
        <Switch>
          <Match when={invalid()}>
            {(check) => (
              <ul class="jql-problems" classList={{ outdated: !current() }}>
                <For each={check().problems}>
                  {(problem) => (
                    <li class="error">
                      <Show when={problem.line !== null}>
                        <strong class="jql-position">
                          Line {problem.line}, character {problem.character}:
                        </strong>{" "}
                      </Show>
                      {problem.message}
                      <Show when={problem.line !== null}>
                        <Pointer query={check().query} problem={problem} />
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            )}
          </Match>
          <Match when={failed()}>
            {(check) => <p class="error">The query could not be checked: {check().message}</p>}
          </Match>
          <Match when={props.check.state === "checking" || !current()}>
            <p class="jql-note">Checking…</p>
          </Match>
          <Match when={props.check.state === "valid" && props.value.trim() !== ""}>
            <p class="jql-ok">✓ Valid query</p>
          </Match>
        </Switch>
      </div>
    </div>
  );
}
