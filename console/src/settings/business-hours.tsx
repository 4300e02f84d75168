/**
 * A space's business hours: a weekly schedule (each day closed, or open for up to three periods) in a time
 * zone, saved with PATCH /api/spaces/:id {businessHours}. Outside them a waiting customer is told the team is
 * away and when it is back. The API's refusals are shown beside the period they are about.
 */
import { createSignal, For, Index, Show } from "solid-js";
import type { BusinessHours, Space } from "../../../protocol/settings";
import { api, ApiRefusal } from "../api";
import { Choice, createSaver, SaveBar } from "./form";

/** Monday first, as a week reads; the API numbers days 0 (Sunday) to 6. */
const WEEK = [
  { day: 1, name: "Monday" },
  { day: 2, name: "Tuesday" },
  { day: 3, name: "Wednesday" },
  { day: 4, name: "Thursday" },
  { day: 5, name: "Friday" },
  { day: 6, name: "Saturday" },
  { day: 0, name: "Sunday" },
] as const;
const MAX_PERIODS = 3;

interface Period {
  open: string;
  close: string;
}
type Schedule = Record<number, Period[]>;

/** A closing time of 24:00 (midnight at the day's end) shows as 00:00 in a time box, and goes back as 24:00. */
const toInput = (close: string) => (close === "24:00" ? "00:00" : close);
const fromInput = (close: string) => (close === "00:00" ? "24:00" : close);

function scheduleOf(hours: BusinessHours | null): Schedule {
  const days: Schedule = { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] };
  if (!hours) for (const day of [1, 2, 3, 4, 5]) days[day] = [{ open: "09:00", close: "17:00" }];
  else for (const d of hours.days) days[d.day]!.push({ open: d.open, close: toInput(d.close) });
  return days;
}

function zones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([current, "UTC", ...all])].sort((a, b) => a.localeCompare(b));
}

export function BusinessHoursEditor(props: { space: Space; onSaved: (space: Space) => void }) {
  const saver = createSaver();
  const [enabled, setEnabled] = createSignal(props.space.businessHours !== null);
  const [timeZone, setTimeZone] = createSignal(props.space.businessHours?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [schedule, setSchedule] = createSignal<Schedule>(scheduleOf(props.space.businessHours));
  /** Problems per period ("day:index"), from the browser's check or the API's refusal. */
  const [problems, setProblems] = createSignal<Record<string, string>>({});
  const zoneList = zones(timeZone());

  const edit = (day: number, change: (periods: Period[]) => Period[]) => {
    setSchedule((s) => ({ ...s, [day]: change(s[day] ?? []) }));
    setProblems({});
    saver.touched();
  };

  /** The payload's periods in order, each with where it shows, to place the API's issues (`days.N`). */
  const flat = () => WEEK.flatMap(({ day }) => (schedule()[day] ?? []).map((p, index) => ({ day, index, period: p })));

  async function save(e: SubmitEvent) {
    e.preventDefault();
    setProblems({});
    const periods = flat();
    const missing = periods.filter((p) => !p.period.open || !p.period.close);
    if (enabled() && missing.length > 0) {
      setProblems(Object.fromEntries(missing.map((p) => [`${p.day}:${p.index}`, "Set both the opening and the closing time."])));
      return saver.setRefusal("Some hours are missing a time; see the marked days.");
    }
    const businessHours: BusinessHours | null = enabled()
      ? { timeZone: timeZone(), days: periods.map((p) => ({ day: p.day, open: p.period.open, close: fromInput(p.period.close) })) }
      : null;
    const updated = await saver.run(async () => {
      try {
        return await api<Space>("PATCH", `/api/spaces/${props.space.id}`, { businessHours });
      } catch (err) {
        if (err instanceof ApiRefusal) {
          const placed: Record<string, string> = {};
          for (const issue of err.issues) {
            const at = /^businessHours\.days\.(\d+)/.exec(issue.path);
            const p = at ? periods[Number(at[1])] : undefined;
            if (p) placed[`${p.day}:${p.index}`] ??= issue.message;
          }
          setProblems(placed);
          // Said beside the periods it is about; below the form, in words rather than the field's path.
          const said = [...new Set(Object.values(placed))];
          if (said.length > 0) throw new Error(`Check the hours marked above: ${said.join("; ")}.`);
        }
        throw err;
      }
    });
    if (updated) props.onSaved(updated);
  }

  return (
    <section class="panel" aria-labelledby="space-hours-title">
      <h3 id="space-hours-title">Business hours</h3>
      <form class="st-form st-hours" onSubmit={save} novalidate aria-label="Business hours">
        <Choice
          type="checkbox"
          label="Only open during business hours"
          hint="Outside them, customers waiting for a person are told the team is away and when it is back, and may leave their email. Without hours, the space is always open."
          checked={enabled()}
          onChange={(on) => {
            setEnabled(on);
            saver.touched();
          }}
        />
        <Show when={enabled()}>
          <div class="st-field">
            <label for="hours-zone">Time zone</label>
            <select
              id="hours-zone"
              onChange={(e) => {
                setTimeZone(e.currentTarget.value);
                saver.touched();
              }}
            >
              <For each={zoneList}>
                {(zone) => (
                  <option value={zone} selected={zone === timeZone()}>
                    {zone.replace(/_/g, " ")}
                  </option>
                )}
              </For>
            </select>
          </div>
          <table class="st-hours-week" aria-label="Weekly hours">
            <tbody>
              <For each={WEEK}>
                {({ day, name }) => {
                  const periods = () => schedule()[day] ?? [];
                  return (
                    <tr>
                      <th scope="row">
                        <label class="st-check">
                          <input type="checkbox" checked={periods().length > 0} onChange={(e) => edit(day, () => (e.currentTarget.checked ? [{ open: "09:00", close: "17:00" }] : []))} />
                          {name}
                        </label>
                      </th>
                      <td>
                        <Show when={periods().length > 0} fallback={<span class="st-muted">Closed</span>}>
                          <Index each={periods()}>
                            {(period, index) => {
                              const label = `${name}${index > 0 ? ` (${index + 1})` : ""}`;
                              const problem = () => problems()[`${day}:${index}`];
                              return (
                                <div class="st-period" classList={{ invalid: !!problem() }}>
                                    <input type="time" aria-label={`${label} opens`} value={period().open} aria-invalid={problem() ? true : undefined} onInput={(e) => edit(day, (ps) => ps.map((p, i) => (i === index ? { ...p, open: e.currentTarget.value } : p)))} />
                                  <span aria-hidden="true">–</span>
                                    <input type="time" aria-label={`${label} closes`} value={period().close} aria-invalid={problem() ? true : undefined} onInput={(e) => edit(day, (ps) => ps.map((p, i) => (i === index ? { ...p, close: e.currentTarget.value } : p)))} />
                                  <Show when={periods().length > 1}>
                                    <button type="button" class="link" aria-label={`Remove ${label}'s hours`} onClick={() => edit(day, (ps) => ps.filter((_, i) => i !== index))}>
                                      Remove
                                    </button>
                                  </Show>
                                  <Show when={problem()}>
                                    <p class="st-field-error" role="alert">
                                      {problem()}
                                    </p>
                                  </Show>
                                </div>
                              );
                            }}
                          </Index>
                          <Show when={periods().length < MAX_PERIODS}>
                            <button type="button" class="link st-add-period" aria-label={`Add more hours on ${name}`} onClick={() => edit(day, (ps) => [...ps, { open: "", close: "" }])}>
                              + Add hours
                            </button>
                          </Show>
                        </Show>
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
          <p class="st-hint">Times are in the space's time zone. A closing time of midnight (00:00, 12:00 AM) means the end of that day.</p>
        </Show>
        <SaveBar saver={saver} label="Save hours" busyLabel="Saving…" />
      </form>
    </section>
  );
}
