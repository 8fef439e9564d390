/**
 * Renders the log into /progress/'s static markup (ProgressLog.astro): counts, the week chart and
 * table, the coach and the list. DOM nodes only (no HTML from strings) and no style attributes (CSP).
 */
import { EQUIPMENT, LEVEL_LABEL, type Level } from '../../lib/content/vocabulary';
import { nextStep, type CoachMove } from '../../lib/progress/coach';
import type { StoredSession } from '../../lib/progress/record';
import { countWeeks, streak, weekTarget, type WeekCount } from '../../lib/progress/weeks';
import { readQuery } from '../../lib/progress/query';

const SVG = 'http://www.w3.org/2000/svg';
/** The chart's drawing box (viewBox); the SVG scales to its column. */
const CHART = { width: 360, height: 150, top: 12, bottom: 24, left: 4 };
const EFFORT_WORDS = { 'too-easy': 'too easy', 'about-right': 'about right', 'too-hard': 'too hard', hurt: 'painful' } as const;
/** Enough weeks back for any streak a person could have built. */
const STREAK_WEEKS = 520;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

const weekLabel = (start: string) => new Date(`${start}T12:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

export function set(root: ParentNode, selector: string, text: string): void {
  for (const node of root.querySelectorAll(selector)) node.textContent = text;
}

function drawChart(chart: SVGSVGElement, weeks: WeekCount[], level: Level) {
  const target = weekTarget(level);
  const top = Math.max(4, ...weeks.map((w) => w.count));
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const y = (count: number) => CHART.top + plotHeight * (1 - count / top);
  const slot = (CHART.width - CHART.left) / weeks.length;
  chart.replaceChildren(
    svg('rect', { class: 'pl-target', x: 0, width: CHART.width, y: y(target.max), height: y(target.min) - y(target.max) }),
    svg('line', { class: 'pl-axis', x1: 0, x2: CHART.width, y1: y(0), y2: y(0) }),
    ...weeks.flatMap((week, i) => {
      const x = CHART.left + i * slot + slot * 0.2;
      return [
        svg('rect', { class: week.onTarget ? 'pl-bar pl-bar-on' : 'pl-bar', x, width: slot * 0.6, y: y(week.count), height: y(0) - y(week.count) }),
        svg('text', { class: 'pl-label', x: x + slot * 0.3, y: CHART.height - 6, 'text-anchor': 'middle' }, week.current ? 'now' : String(week.count)),
      ];
    }),
  );
}

function fillTable(body: HTMLTableSectionElement, weeks: WeekCount[]) {
  // The rows are in the static markup (no layout shift); only their text changes.
  [...weeks].reverse().forEach((week, i) => {
    const cells = body.rows[i]?.cells;
    if (!cells) return;
    cells[0]!.textContent = week.current ? `This week (from ${weekLabel(week.start)})` : `Week of ${weekLabel(week.start)}`;
    cells[1]!.textContent = String(week.count);
    cells[2]!.textContent = week.onTarget ? 'Yes' : week.current ? 'Not yet' : 'No';
  });
}

export function describePlan(query: string): string {
  const inputs = readQuery(query);
  const equipment = inputs.equipment.map((id) => EQUIPMENT.find((item) => item.id === id)?.label.toLowerCase() ?? id);
  return `${LEVEL_LABEL[inputs.level]} plan, ${inputs.minutes ?? '?'} min, ${equipment.length ? equipment.join(' and ') : 'no equipment'}`;
}

function sessionItem(session: StoredSession): HTMLLIElement {
  const item = element('li', undefined, 'pl-session');
  const when = element('time', new Date(session.date).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }));
  when.dateTime = session.date;
  const done = session.moves.filter((m) => !m.skipped).length;
  const link = element('a', 'Open this plan');
  link.href = `/routine/?${session.query}`;
  link.append(element('span', ` from ${when.textContent}`, 'visually-hidden'));
  const date = element('strong');
  date.append(when);
  item.append(
    date, ' ',
    element('span', describePlan(session.query)),
    element('span', ` · felt ${EFFORT_WORDS[session.effort]} · ${session.minutes} min · ${done} of ${session.moves.length} moves done · `, 'pl-meta'),
    link,
  );
  item.dataset.effort = session.effort;
  return item;
}

/** Everything on the page that depends on the log. */
export function render(root: HTMLElement, sessions: StoredSession[], moves: Record<string, CoachMove>, now = new Date()) {
  const level: Level = sessions[0]?.level ?? 'beginner';
  const dates = sessions.map((s) => s.date);
  const weeks = countWeeks(dates, level, now);
  set(root, '[data-log-count]', String(sessions.length));
  set(root, '[data-week-target]', weekTarget(level).label);
  set(root, '[data-level-name]', LEVEL_LABEL[level].toLowerCase());
  set(root, '[data-this-week]', String(weeks.at(-1)?.count ?? 0));
  const run = streak(countWeeks(dates, level, now, STREAK_WEEKS));
  set(root, '[data-streak]', `${run} week${run === 1 ? '' : 's'}`);
  const chart = root.querySelector<SVGSVGElement>('[data-week-chart]');
  if (chart) drawChart(chart, weeks, level);
  const table = root.querySelector<HTMLTableSectionElement>('[data-week-table]');
  if (table) fillTable(table, weeks);

  const step = nextStep(sessions, moves);
  const coach = root.querySelector<HTMLElement>('[data-next-step]');
  if (coach) coach.dataset.nextStep = step.id;
  set(root, '[data-coach-text]', step.text);
  const coachLink = root.querySelector<HTMLAnchorElement>('[data-coach-link]');
  if (coachLink) {
    coachLink.href = step.href ?? (step.query ? `/routine/?${step.query}` : '/routine/');
    coachLink.textContent = step.link;
  }

  const list = root.querySelector('[data-session-list]');
  list?.replaceChildren(...sessions.map(sessionItem));
  root.querySelector<HTMLElement>('[data-empty]')?.toggleAttribute('hidden', sessions.length > 0);
}
