/**
 * WCAG 2.2's target size (2.5.8, AA), measured in the page: every link, button and input a person
 * taps is at least 24 × 24 px, or a 24 px circle around it touches no other target; links inside a
 * sentence are exempt (the inline exception), and so is a target whose link is offered again, at
 * full size, elsewhere on the page (the equivalent exception: the body map's muscle shapes).
 */
import type { Page } from '@playwright/test';

export interface TargetProblem {
  target: string;
  width: number;
  height: number;
}

export async function undersizedTargets(page: Page): Promise<TargetProblem[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return style.visibility !== 'hidden' && style.display !== 'none' && rect.width > 0 && rect.height > 0 && !el.closest('[hidden], [inert]');
    };
    const describe = (el: Element) => {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`;
    };
    /** A link in a line of text: its block holds other text besides it. */
    const inline = (el: Element) => {
      if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement?.closest('p, li, dd, td, figcaption, span, small, label');
      return !!block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    };
    const targets = [...document.querySelectorAll(selector)].filter(visible);
    /** An input's target includes its labels: a tap on the label ticks the box. */
    const boxOf = (el: Element) => {
      const own = el.getBoundingClientRect();
      const labels = el instanceof HTMLInputElement && el.labels ? [...el.labels].map((l) => l.getBoundingClientRect()) : [];
      const all = [own, ...labels.filter((l) => l.width > 0)];
      const left = Math.min(...all.map((r) => r.left));
      const top = Math.min(...all.map((r) => r.top));
      const right = Math.max(...all.map((r) => r.right));
      const bottom = Math.max(...all.map((r) => r.bottom));
      return { left, top, right, bottom, width: right - left, height: bottom - top };
    };
    const rects = new Map(targets.map((el) => [el, boxOf(el)]));
    const bigEnough = (el: Element) => {
      const r = rects.get(el)!;
      return r.width >= MIN - 0.5 && r.height >= MIN - 0.5;
    };
    const hrefOf = (el: Element) => (el instanceof HTMLAnchorElement || el instanceof SVGAElement ? el.getAttribute('href') : null);
    const fullSizeHrefs = new Set(targets.filter((el) => bigEnough(el) && hrefOf(el)).map(hrefOf));
    const problems: { target: string; width: number; height: number }[] = [];
    for (const el of targets) {
      if (bigEnough(el) || inline(el)) continue;
      const href = hrefOf(el);
      if (href && fullSizeHrefs.has(href)) continue;
      // Spacing: a 24 px circle on its centre must not touch any other target's box.
      const r = rects.get(el)!;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const touches = targets.some((other) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        const o = rects.get(other)!;
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return dx * dx + dy * dy < (MIN / 2) ** 2;
      });
      if (touches) problems.push({ target: describe(el), width: Math.round(r.width), height: Math.round(r.height) });
    }
    return problems;
  });
}
