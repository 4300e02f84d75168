/** Customer experiences: what customers meet, where, and which space their conversations reach. */
import { A, useLocation } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { Experience } from "../../../protocol/settings";
import { api } from "../api";
import { Loaded } from "./controls";
import { channelLabel, modeLabel } from "./experience-labels";
import { loadSpaces } from "./spaces-list";

const loadExperiences = async () => {
  const [experiences, spaces] = await Promise.all([api<{ experiences: Experience[] }>("GET", "/api/experiences").then((r) => r.experiences), loadSpaces()]);
  return { experiences, spaceNames: new Map(spaces.map((s) => [s.id, s.name])) };
};

export function ExperiencesPage() {
  const location = useLocation<{ deleted?: string }>();
  const [data] = createResource(loadExperiences);
  return (
    <section aria-labelledby="experiences-title">
      <div class="st-page-head">
        <h2 id="experiences-title">Customer experiences</h2>
        <A class="st-button primary" href="/settings/experiences/new">
          New experience
        </A>
      </div>
      <p class="st-lead">Each experience sets the support mode, the channels (support site, embedded widget), the space it routes to and how the chat looks.</p>
      <Show when={location.state?.deleted}>
        <p class="st-saved" role="status">
          “{location.state?.deleted}” was deleted.
        </p>
      </Show>
      <Loaded resource={data} what="the customer experiences">
        {(d) => (
          <Show when={d().experiences.length > 0} fallback={<p class="empty">No customer experience yet. Create one to start chatting with customers.</p>}>
            <table class="data" aria-labelledby="experiences-title">
              <thead>
                <tr>
                  <th scope="col">Experience</th>
                  <th scope="col">Support mode</th>
                  <th scope="col">Channels</th>
                  <th scope="col">Space</th>
                  <th scope="col">Id</th>
                </tr>
              </thead>
              <tbody>
                <For each={d().experiences}>
                  {(exp) => (
                    <tr>
                      <td>
                        <A href={`/settings/experiences/${exp.id}`}>{exp.name}</A>
                      </td>
                      <td>{modeLabel(exp.supportMode)}</td>
                      <td>{exp.channels.map(channelLabel).join(", ")}</td>
                      <td>{d().spaceNames.get(exp.spaceId) ?? "Unknown space"}</td>
                      <td class="st-mono">{exp.id}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </Show>
        )}
      </Loaded>
    </section>
  );
}
