/**
 * The progress log's storage (browser only). Placeholder until the progress log lands: the
 * player and the builder call `saveSession` and show its message when it fails.
 */
import type { NewSession } from '../../lib/progress/session';

export type SaveResult = { ok: true; count: number } | { ok: false; message: string };

export async function saveSession(_session: NewSession): Promise<SaveResult> {
  return { ok: false, message: 'The progress log is not available yet.' };
}
