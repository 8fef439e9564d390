/**
 * Cues that reach someone across the room: beeps (Web Audio, no files), spoken words
 * (speechSynthesis), vibration, and a screen that stays on (Screen Wake Lock). Each is optional:
 * where a browser lacks one, it does nothing.
 */
export type Toggle = 'sound' | 'voice' | 'vibrate';
const KEY = 'upright-player-cues';

export function loadToggles(): Record<Toggle, boolean> {
  const fallback = { sound: true, voice: false, vibrate: true };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    for (const key of Object.keys(fallback) as Toggle[]) if (typeof saved[key] === 'boolean') fallback[key] = saved[key];
  } catch {}
  return fallback;
}

export function saveToggles(toggles: Record<Toggle, boolean>) {
  try {
    localStorage.setItem(KEY, JSON.stringify(toggles));
  } catch {}
}

let audio: AudioContext | undefined;

/** Called from the Start tap: browsers let audio start only from a user gesture. */
export function unlockAudio() {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {}
}

/** A short tone: high and long for a change of step, lower and short for the last seconds. */
export function beep(change: boolean) {
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

export const hasVoice = () => 'speechSynthesis' in window && speechSynthesis.getVoices().length > 0;

let speechPrimed = false;

/**
 * Called from every tap that can lead to a spoken cue (Start, Resume, switching cues on): iOS
 * speaks only once a speak() call has come from a tap, so a silent, empty one unlocks the voice
 * for the cues the timer says later. Once a page is enough.
 */
export function primeSpeech() {
  if (speechPrimed || !('speechSynthesis' in window)) return;
  const silent = new SpeechSynthesisUtterance('');
  silent.volume = 0;
  speechSynthesis.speak(silent);
  speechPrimed = true;
}

export function speak(text: string) {
  if (!('speechSynthesis' in window)) return;
  speechSynthesis.cancel();
  speechSynthesis.speak(new SpeechSynthesisUtterance(text));
}

export const canVibrate = () => typeof navigator.vibrate === 'function';
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
