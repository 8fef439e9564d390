/**
 * What the cues need before the rest of their code (cues.ts) loads: the switches (sound, spoken
 * cues, vibration) remembered on this device, whether the device has a voice and vibration at all,
 * and the unlocking of sound and speech, which browsers allow only from within the tap itself.
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

export const hasVoice = () => 'speechSynthesis' in window && speechSynthesis.getVoices().length > 0;

export const canVibrate = () => typeof navigator.vibrate === 'function';

let audio: AudioContext | undefined;

/** The sound unlocked by Start (undefined before): cues.ts beeps on it. */
export const audioContext = () => audio;

/** Called from the Start tap: browsers let audio start only from a user gesture. */
export function unlockAudio() {
  try {
    audio ??= new AudioContext();
    void audio.resume();
  } catch {}
}

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
