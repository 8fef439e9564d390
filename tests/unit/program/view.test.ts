import { expect, test } from 'vitest';
import { buildProgram, type ProgramSettings } from '../../../src/lib/program';
import { answersText, dayText, programView } from '../../../src/lib/program/view';
import { HARDER, REAL } from './support';

const settings: ProgramSettings = { inputs: { level: 'beginner', equipment: ['band'], minutes: 20, focus: 'balanced', addons: [] }, days: 2, weeks: 6, start: '2026-12-07', seed: 1 };

test('the page\'s words: summary, position, each session with its day and length, the changes', () => {
  const program = buildProgram(REAL, HARDER, settings);
  const preview = programView(program);
  expect(preview.summary).toBe('6 weeks, 2 sessions a week, plans A and B alternating.');
  expect(preview.position).toBe('Week 1 of 6: session 1 of 2');
  expect(preview.weeks[0]!.statusText).toBe('');
  expect(programView(program, true).weeks[0]!.statusText).toBe('This week');
  const first = preview.weeks[0]!.sessions[0]!;
  expect(first.name).toBe('Session 1 · plan A');
  expect(first.detail).toMatch(/^Mon 7 Dec · about \d+ min$/);
  expect(first.href).toBe(`/routine/?${program.weeks[0]!.sessions[0]!.query}`);
  expect(first.playHref).toBe(`/routine/play/?${program.weeks[0]!.sessions[0]!.query}`);
  expect(preview.weeks[2]!.change).toMatchObject({ title: 'More repetitions', safety: false });
  expect(preview.weeks[4]!.change!.title).toBe('A second set');
  expect(dayText('2027-01-01')).toBe('Fri 1 Jan');
  expect(answersText({ ...settings, inputs: { ...settings.inputs, equipment: [] } })).toBe('Beginner · No equipment · 20 min · 2 a week · 6 weeks');
});
