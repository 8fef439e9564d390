/**
 * Rule X1's time notes: add-ons left out for time, and a minimum that still does not fit. Apart
 * from the equipment gaps (notes.ts) because every plan needs these, in the browser too.
 */
import type { Addon, PlanNote } from './types';
import { addonLabel } from './text';

const minutesText = (seconds: number) => `${Math.ceil(seconds / 60)} minutes`;

/** Add-ons left out for time, and a minimum that still does not fit, said plainly (and only then). */
export function timeNotes(minutes: number, total: number, dropped: Addon[]): PlanNote[] {
  const notes: PlanNote[] = [];
  if (dropped.length) {
    notes.push({
      rule: 'M1',
      explains: ['T7'],
      text: `No time is left for the ${dropped.map(addonLabel).join(' and ')} add-on in ${minutes} minutes: choose a longer session for it (rule M1).`,
    });
  }
  if (total > minutes * 60) {
    notes.push({
      rule: 'M1',
      explains: ['M1'],
      text: `Even the shortest plan the rules allow (a 5-minute warm-up, 3 strength moves, 3 stretches) takes about ${minutesText(total)}, more than your ${minutes}. We kept it whole rather than break the rules: choose a longer session or set aside the extra time (rule M1).`,
    });
  }
  return notes;
}
