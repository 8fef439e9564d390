/** Fills the page's week and session templates (ProgramWeek.astro's markup) from the view. */
import type { WeekView } from '../../lib/program/view';

const text = (root: ParentNode, selector: string, value: string) => {
  const node = root.querySelector(selector);
  if (node) node.textContent = value;
};

export function fillWeek(weekTemplate: HTMLTemplateElement, sessionTemplate: HTMLTemplateElement, week: WeekView): HTMLElement {
  const node = weekTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const id = `pg-week-${week.number}`;
  node.dataset.week = String(week.number);
  node.dataset.status = week.status;
  node.setAttribute('aria-labelledby', id);
  node.querySelector('h3')!.id = id;
  text(node, '[data-week-title]', week.title);
  text(node, '[data-week-status]', week.statusText);
  node.querySelector('[data-sessions]')!.replaceChildren(...week.sessions.map((session) => {
    const item = sessionTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
    item.dataset.done = String(session.done);
    text(item, '[data-box]', session.done ? '✓' : '');
    const plan = item.querySelector<HTMLAnchorElement>('[data-plan-link]')!;
    plan.href = session.href;
    plan.textContent = session.name;
    text(item, '[data-detail]', session.detail);
    item.querySelector<HTMLAnchorElement>('[data-play-link]')!.href = session.playHref;
    text(item, '[data-play-name]', ` ${week.title.toLowerCase()}, ${session.name.toLowerCase()}`);
    return item;
  }));
  const change = node.querySelector<HTMLElement>('[data-change]')!;
  if (week.change) {
    change.dataset.change = week.change.title;
    text(change, '[data-what]', week.change.title);
    text(change, '[data-why]', week.change.why);
    if (!week.change.safety) change.querySelector('[data-safety-link]')?.remove();
  } else change.remove();
  const notes = node.querySelector('[data-notes]')!;
  if (week.notes.length) notes.replaceChildren(...week.notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
  else notes.remove();
  return node;
}
