/** The frame of the settings screens: a side nav of the sections, and only for admins. */
import { A, type RouteSectionProps } from "@solidjs/router";
import { Show } from "solid-js";
import { useSession } from "../session";
import "./settings.css";

const sections = [
  { href: "/settings/chat", label: "Chat settings" },
  { href: "/settings/spaces", label: "Spaces" },
  { href: "/settings/agents", label: "Agents" },
  { href: "/settings/experiences", label: "Customer experiences" },
  { href: "/settings/articles", label: "Knowledge base" },
  { href: "/settings/ai", label: "AI agent" },
  { href: "/settings/saved-replies", label: "Saved replies" },
];

export function SettingsLayout(props: RouteSectionProps) {
  const session = useSession();
  return (
    <Show
      when={session.isAdmin}
      fallback={
        <section class="settings-denied panel" aria-labelledby="settings-denied-title">
          <h1 id="settings-denied-title">Settings</h1>
          <p>Only admins can see and change settings. Ask an admin of {session.me.site.name} if something here needs to change.</p>
        </section>
      }
    >
      <div class="settings">
        <nav class="settings-nav" aria-label="Settings">
          <h1>Settings</h1>
          <ul>
            {sections.map((s) => (
              <li>
                <A href={s.href}>{s.label}</A>
              </li>
            ))}
          </ul>
        </nav>
        <div class="settings-page">{props.children}</div>
      </div>
    </Show>
  );
}
