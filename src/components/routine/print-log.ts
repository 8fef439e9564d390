/**
 * A planned move's printed-only parts (MoveItem.astro renders them for the default plan): its start
 * still beside the end still, a tick box per set and, for a strength move, a labelled blank line.
 */
import type { PhaseId, PlannedMove } from '../../lib/routine/types';
import { loadLineLabel, setBoxCount } from '../../lib/routine/print';
import { startStillUrl } from '../../lib/stills/sprite';

export function fillPrintLog(el: Element, move: PlannedMove, phase: PhaseId) {
  const start = el.querySelector<HTMLImageElement>('img[data-print-still="start"]')!;
  const src = startStillUrl(move.id);
  if (start.getAttribute('src') !== src) start.src = src;
  const boxes = el.querySelector('[data-set-boxes]')!;
  const count = setBoxCount(move.dose);
  while (boxes.children.length > count) boxes.lastElementChild!.remove();
  while (boxes.children.length < count) {
    const box = boxes.appendChild(document.createElement('span'));
    box.className = 'rb-box';
    box.setAttribute('data-set-box', '');
  }
  const label = loadLineLabel(phase, move.equipment);
  el.querySelector<HTMLElement>('[data-load-line]')!.hidden = !label;
  el.querySelector('[data-load-label]')!.textContent = label ?? '';
}
