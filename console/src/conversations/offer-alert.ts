/** A new offer, told the ways the agent allowed: a browser notification and a short chime. */
import type { Offer } from "../../../protocol/console";
import { customerName } from "../../../protocol/customers";

let audio: AudioContext | null = null;

/** Two soft notes from WebAudio (no sound file to fetch). Browsers allow it after the agent interacted. */
function chime(): void {
  try {
    audio ??= new AudioContext();
    const now = audio.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.2, now + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.3);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + i * 0.18);
      osc.stop(now + i * 0.18 + 0.32);
    }
  } catch {
    /* no audio here: the offer still shows */
  }
}

export const notificationsSupported = (): boolean => typeof Notification !== "undefined";

export function alertOffer(offer: Offer): void {
  chime();
  if (!notificationsSupported() || Notification.permission !== "granted" || document.hasFocus()) return;
  const who = customerName(offer.packet.customer);
  const note = new Notification(`New conversation: ${who}`, { body: offer.packet.summary, tag: `offer-${offer.packet.conversationId}` });
  note.onclick = () => {
    window.focus();
    note.close();
  };
}
