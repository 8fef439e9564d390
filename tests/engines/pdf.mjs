// @ts-check
// How many pages a printed PDF has, whichever engine wrote it: Chromium writes its page objects
// in plain text, Firefox packs them into compressed object streams, so both are read.
import { inflateSync } from 'node:zlib';

const PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;

/** @param {Uint8Array} pdf @returns {number} */
export function pdfPageCount(pdf) {
  const text = Buffer.from(pdf).toString('latin1');
  let count = (text.match(PAGE) ?? []).length;
  for (const match of text.matchAll(/\/Type\s*\/ObjStm[^]*?stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    try {
      count += (inflateSync(Buffer.from(text.slice(start, end), 'latin1')).toString('latin1').match(PAGE) ?? []).length;
    } catch {
      // An object stream that is not deflated holds no page this reader can see; the caller's
      // check (exactly one page) then fails rather than passing on a guess.
    }
  }
  return count;
}
