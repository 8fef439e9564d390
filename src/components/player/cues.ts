/**
 * Cues that reach someone across the room: beeps (Web Audio, no files), spoken words
 * (speechSynthesis), vibration, and a screen that stays on (Screen Wake Lock). Each is optional:
 * where a browser lacks one, it does nothing. Loaded with the player's first tap; the switches'
 * settings, and the unlocking from the tap itself, are in cue-setup.ts.
 */
import { audioContext, canVibrate } from './cue-setup';

/** A short tone: high and long for a change of step, lower and short for the last seconds. */
export function beep(change: boolean) {
  const audio = audioContext();
  if (!audio) return;
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  const t = audio.currentTime;
  const length = change ? 0.35 : 0.12;
  osc.frequency.value = change ? 880 : 660;
  gain.gain.setValueAtTime(0.25, t);
  gain.gain.exponentialRampToValueAtTime(0.001, t + length);
  osc.connect(gain).connect(audio.destination);
  osc.start(t);
  osc.stop(t + length);
}

export function speak(text: string) {
  if (!('speechSynthesis' in window)) return;
  speechSynthesis.cancel();
  speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

export const vibrate = (pattern: number[]) => canVibrate() && navigator.vibrate(pattern);

/** Keeps the screen on while wanted; asks again when the page comes back (a hidden page loses it). */
export class WakeLock {
  private sentinel?: WakeLockSentinel;
  private wanted = false;

  constructor() {
    // A hidden page loses its lock (the browser releases it): forget it, and ask again on return.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState !== 'visible') this.sentinel = undefined;
      else if (this.wanted) void this.request();
    });
  }

  async hold(on: boolean) {
    this.wanted = on;
    if (on) return this.request();
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    await sentinel?.release().catch(() => {});
  }

  private async request() {
    if (!('wakeLock' in navigator) || (this.sentinel && !this.sentinel.released)) return;
    try {
      this.sentinel = await navigator.wakeLock.request('screen');
    } catch {
      // Refused (low battery, hidden page): the player runs on without it.
    }
  }
}
