/** The kept plan in this browser's storage (src/lib/routine/kept.ts says what may be stored). */
import { KEPT_PLAN_KEY, readKeptPlan, type KeptPlan } from '../../lib/routine/kept';

export function loadKeptPlan(): KeptPlan | undefined {
  try {
    return readKeptPlan(localStorage.getItem(KEPT_PLAN_KEY));
  } catch {
    return undefined;
  }
}

/** True when it was saved (storage can be full or blocked). */
export function keepPlan(query: string): boolean {
  try {
    localStorage.setItem(KEPT_PLAN_KEY, query);
    return true;
  } catch {
    return false;
  }
}
