/**
 * The progress log's `saveSession`, as one self-contained classic script for the player's end
 * screen: the player holds only this file's URL and adds it when a session ends, so the log's code
 * (and Vite's preload helper for an import()) never weighs on the player's first load. It answers
 * an `upright:save-session` event whose detail is `{ session, reply }`.
 */
import type { NewSession } from '../../lib/progress/session';
import { saveSession, type SaveResult } from './storage';

export interface SaveSessionRequest {
  session: NewSession;
  reply: (result: SaveResult) => void;
}

addEventListener('upright:save-session', (event) => {
  const { session, reply } = (event as CustomEvent<SaveSessionRequest>).detail;
  saveSession(session).then(reply, () => reply({ ok: false, message: 'the progress log could not be written' }));
});
