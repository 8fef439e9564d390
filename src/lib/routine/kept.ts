/**
 * "Keep this plan": the plan's link kept on this device (localStorage), offered next time by the
 * player and /progress/. The stored value is only ever a link the codec reads without a word
 * ignored; anything else is refused, said plainly, and left where it is (nothing is lost).
 */
import { decodeRequest, encodeRequest } from './url';

export const KEPT_PLAN_KEY = 'upright-kept-plan';

export type KeptPlan =
  | { ok: true; query: string }
  | { ok: false; message: string };

/** The kept plan's link, or why it cannot be offered; undefined when none is kept. */
export function readKeptPlan(raw: string | null | undefined): KeptPlan | undefined {
  if (raw == null) return undefined;
  const decoded = typeof raw === 'string' && raw.length < 1000 ? decodeRequest(raw) : undefined;
  if (!decoded || decoded.ignored.length || decoded.seed === undefined) {
    return { ok: false, message: 'The plan kept on this device could not be read, so it is not offered. It is left as it was; keep a plan again in the builder to replace it.' };
  }
  const query = encodeRequest({ ...decoded, seed: decoded.seed });
  return { ok: true, query };
}

/** The kept plan in a storage area (the browser's localStorage); undefined when none, or none can be read. */
export function loadKeptPlan(storage: Pick<Storage, 'getItem'>): KeptPlan | undefined {
  try {
    return readKeptPlan(storage.getItem(KEPT_PLAN_KEY));
  } catch {
    return undefined;
  }
}

/** True when it was saved (storage can be full or blocked). */
export function keepPlan(storage: Pick<Storage, 'setItem'>, query: string): boolean {
  try {
    storage.setItem(KEPT_PLAN_KEY, query);
    return true;
  } catch {
    return false;
  }
}
