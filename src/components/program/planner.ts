/**
 * The program page's code, loaded on use by <program-planner>: reads the answers (the link, the
 * form or the program saved on this device), builds the program with the log, and renders it
 * into the page's templates; starts, stops, prints and exports it to a calendar.
 */
import { buildProgramWith, decodeProgram, encodeProgram, isoDay, repairNotice, DAYS_BY_LEVEL, type ProgramSettings } from '../../lib/program';
import { answersText, programView } from '../../lib/program/view';
import { PROGRAM_VERSION } from '../../lib/progress/program-record';
import { loadProgram, removeProgram, saveProgram } from '../progress/program-storage';
import { fillWeek } from './fill';
import { programData } from './saved-program';

let settings: ProgramSettings;
let started = false;
let backup: string | undefined;

const $ = <T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string) => root.querySelector<T>(selector)!;

function say(root: HTMLElement, text: string) {
  $(root, '[data-program-status]').textContent = text;
}

function notice(root: HTMLElement, lines: string[]) {
  const box = $(root, '[data-notice]');
  box.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  if (backup !== undefined && lines.some((line) => line.includes('kept aside'))) {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'btn', textContent: 'Download the unreadable program' });
    button.dataset.act = 'backup';
    box.append(button);
  }
  box.hidden = lines.length === 0;
}

const savedQuery = () => loadProgram().program?.query;

export async function onArrive(root: HTMLElement) {
  const loaded = loadProgram();
  backup = loaded.backup;
  const lines: string[] = [];
  if (loaded.damaged) lines.push(`Your saved program could not be read (${loaded.damaged}). It was kept aside unchanged on this device: download it to keep it, or start a new program.`);
  if (location.search.length > 1) {
    const decoded = decodeProgram(location.search);
    settings = decoded.settings;
    if (decoded.ignored.length) lines.push(repairNotice(decoded.ignored));
  } else if (loaded.program) {
    const decoded = decodeProgram(loaded.program.query);
    settings = decoded.settings;
    if (decoded.ignored.length) lines.push(`Your saved program has values this page cannot use, so it shows the defaults for them; the saved program is unchanged. ${decoded.ignored.join('; ')}.`);
  } else {
    settings = readForm(root);
  }
  started = savedQuery() === encodeProgram(settings);
  notice(root, lines);
  fillForm(root);
  await show(root);
}

export async function onChange(root: HTMLElement) {
  settings = readForm(root);
  started = savedQuery() === encodeProgram(settings);
  fillForm(root);
  await show(root);
}

export async function onAct(root: HTMLElement, act: string) {
  switch (act) {
    case 'start': {
      const replaced = savedQuery() ? 'It replaces the program you had started; your logged sessions are kept. ' : '';
      settings = { ...settings, start: settings.start ?? isoDay(new Date()) };
      const result = saveProgram({ v: PROGRAM_VERSION, query: encodeProgram(settings), startedAt: new Date().toISOString() });
      if (!result.ok) return say(root, result.message);
      started = true;
      fillForm(root);
      await show(root);
      return say(root, `Program started and saved on this device with your log. ${replaced}Log each session (at the end of a guided session, or with “Log this session” under the plan) and the program keeps pace with you.`);
    }
    case 'stop':
      removeProgram();
      started = false;
      await show(root);
      return say(root, 'Program stopped: it is no longer saved on this device. Your logged sessions are kept.');
    case 'calendar': {
      const dated = { ...settings, start: settings.start ?? isoDay(new Date()) };
      const [{ programCalendar }, { download }, program] = await Promise.all([import('../../lib/program/calendar'), import('../progress/download'), build(dated)]);
      const ics = programCalendar({ program, base: root.dataset.base ?? location.origin, now: new Date(), uid: `${Date.now().toString(36)}@upright` });
      download('upright-program.ics', 'text/calendar', ics);
      return say(root, `Your program’s ${dated.weeks * dated.days} sessions are downloading as a calendar file, from ${dated.start}: open it to add them to your calendar.`);
    }
    case 'print':
      return print();
    case 'backup':
      // The file's code loads on use, like the calendar's.
      if (backup !== undefined) (await import('../progress/download')).download('upright-program-unreadable.json', 'application/json', backup);
  }
}

async function build(forSettings: ProgramSettings) {
  const { catalogue, harder, factsOf } = await programData();
  // The log's code loads only for a started program (the one the log paces).
  const log = started ? (await import('../progress/storage')).loadLog().sessions : [];
  return buildProgramWith(factsOf, catalogue, harder, forSettings, log, new Date());
}

async function show(root: HTMLElement) {
  const program = await build(settings);
  const view = programView(program, started);
  const query = encodeProgram(settings);
  if (location.search !== `?${query}`) history.replaceState(history.state, '', `${location.pathname}?${query}`);
  const link = new URL(`/program/?${query}`, root.dataset.base ?? location.origin).href;
  $<HTMLInputElement>(root, '[data-link]').value = link;
  $(root, '[data-link-print]').textContent = link;
  $(root, '[data-summary]').textContent = view.summary;
  $(root, '[data-answers]').textContent = answersText(settings);
  const position = $(root, '[data-position]');
  position.textContent = view.position;
  position.hidden = !started;
  $(root, '[data-act="start"]').hidden = started;
  $(root, '[data-act="stop"]').hidden = !started;
  $(root, '[data-program-notes]').replaceChildren(...view.notes.map((note) => Object.assign(document.createElement('li'), { textContent: note })));
  const weekTemplate = $<HTMLTemplateElement>(root, '[data-week-template]');
  const sessionTemplate = $<HTMLTemplateElement>(root, '[data-session-template]');
  $(root, '[data-program]').replaceChildren(...view.weeks.map((week) => fillWeek(weekTemplate, sessionTemplate, week)));
  root.dataset.started = String(started);
  root.dataset.ready = '';
}

/** The form's answers as a program link, read by the one decoder (days kept within the level's range). */
function readForm(root: HTMLElement): ProgramSettings {
  const box = $(root, '[data-program-form]');
  const picked = (name: string) => [...box.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
  const value = (name: string) => box.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '';
  const level = (picked('level')[0] ?? 'beginner') as ProgramSettings['inputs']['level'];
  const range = DAYS_BY_LEVEL[level] ?? DAYS_BY_LEVEL.beginner;
  const days = Math.min(range.max, Math.max(range.min, Number(picked('days')[0]) || range.min));
  const params = new URLSearchParams({
    level,
    equipment: picked('equipment').join(','),
    minutes: picked('minutes')[0] ?? '',
    focus: picked('focus')[0] ?? '',
    addons: picked('addons').join(','),
    days: String(days),
    weeks: value('weeks'),
    start: value('start'),
    seed: value('seed'),
  });
  return decodeProgram(params.toString()).settings;
}

function fillForm(root: HTMLElement) {
  const form = $(root, '[data-program-form]');
  const { inputs, days, weeks, start, seed } = settings;
  const range = DAYS_BY_LEVEL[inputs.level];
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
    const value = input.value;
    const chosen: Record<string, unknown[]> = { level: [inputs.level], equipment: inputs.equipment, minutes: [String(inputs.minutes)], focus: [inputs.focus], addons: inputs.addons, days: [String(days)] };
    input.checked = chosen[input.name]?.map(String).includes(value) ?? false;
    if (input.name === 'days') input.disabled = Number(value) < range.min || Number(value) > range.max;
  }
  form.querySelector<HTMLSelectElement>('select[name=weeks]')!.value = String(weeks);
  form.querySelector<HTMLInputElement>('input[name=start]')!.value = start ?? '';
  form.querySelector<HTMLInputElement>('input[name=seed]')!.value = String(seed);
}
