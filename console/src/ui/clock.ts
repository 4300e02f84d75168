/** One clock for every screen: "8 seconds ago" and countdowns read it, so they move on their own. */
import { createRoot, createSignal } from "solid-js";

const [now, setNow] = createRoot(() => createSignal(Date.now()));
setInterval(() => setNow(Date.now()), 1000);

/** The time now, ticking every second (reactive). */
export { now };
