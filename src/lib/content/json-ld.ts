import type { Dose } from '../dose';
import { formatDose } from '../dose';
import { equipmentLabel, type EquipmentId } from './vocabulary';

interface HowToSource {
  data: { title: string; summary: string; steps: string[]; dose: Dose; equipment: EquipmentId[][] };
}

/** schema.org HowTo for a move page: its steps in order, with the starting dose. */
export function howToJsonLd(move: HowToSource, url: string) {
  const tools = [...new Set(move.data.equipment.flat())];
  return {
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: move.data.title,
    description: move.data.summary,
    url,
    yield: formatDose(move.data.dose),
    ...(tools.length ? { tool: tools.map((id) => ({ '@type': 'HowToTool', name: equipmentLabel(id) })) } : {}),
    step: move.data.steps.map((text, index) => ({
      '@type': 'HowToStep',
      position: index + 1,
      text,
      url: `${url}#step-${index + 1}`,
    })),
  };
}
