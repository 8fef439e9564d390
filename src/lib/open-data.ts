/**
 * The open-data files /data/moves.json and /data/muscles.json: plain records derived from the
 * content collections at build time. Pure: the endpoints pass in the entries and the site URL.
 */
import type { CatalogueMove } from './catalogue';
import type { Dose } from './dose';
import type { EquipmentId, Level, MoveKind, Pattern } from './content/vocabulary';
import { entryUrl } from './content/urls';
import { musclesRole, type MusclesRole } from './content/muscles-role';

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
export const OPEN_DATA_VERSION = 1;

export interface OpenDataMove {
  slug: string;
  title: string;
  kind: MoveKind;
  pattern: Pattern;
  level: Level;
  /** Alternatives, each a set of items used together; [[]] = no equipment. */
  equipment: EquipmentId[][];
  muscles: { primary: string[]; secondary: string[] };
  /** What the move does to those muscles: works them, stretches them, or mobilises (loosens) them. */
  musclesRole: MusclesRole;
  dose: Dose;
  aliases: string[];
  summary: string;
  url: string;
  /** The move's figure: props, key motion, views and key poses as 3D joint angles (CC BY 4.0, see the README). */
  figure?: unknown;
}

export interface OpenDataMuscle {
  slug: string;
  title: string;
  aliases: string[];
  region: string;
  summary: string;
  /** Slugs of the moves that work it mainly (primary) or help out (secondary). */
  moves: { primary: string[]; secondary: string[] };
  url: string;
}

export interface MuscleSource {
  id: string;
  data: { title: string; aliases: string[]; region: string; summary: string };
}

export interface OpenDataFile<T> {
  version: number;
  site: string;
  count: number;
  items: T[];
}

const absolute = (path: string, site: URL | string) => new URL(path, site).href;

export function toOpenDataMoves(moves: CatalogueMove[], site: URL | string, figures: Record<string, unknown> = {}): OpenDataMove[] {
  return moves.map((move) => ({
    slug: move.id,
    title: move.title,
    kind: move.kind,
    pattern: move.pattern,
    level: move.level,
    equipment: move.equipment.map((set) => [...set]),
    muscles: { primary: [...move.muscles.primary], secondary: [...move.muscles.secondary] },
    musclesRole: musclesRole(move),
    dose: move.dose,
    aliases: [...move.aliases],
    summary: move.summary,
    url: absolute(move.url, site),
    ...(figures[move.id] ? { figure: figures[move.id] } : {}),
  }));
}

export function toOpenDataMuscles(muscles: MuscleSource[], moves: CatalogueMove[], site: URL | string): OpenDataMuscle[] {
  return muscles.map((muscle) => ({
    slug: muscle.id,
    title: muscle.data.title,
    aliases: [...muscle.data.aliases],
    region: muscle.data.region,
    summary: muscle.data.summary,
    moves: {
      primary: moves.filter((m) => m.muscles.primary.includes(muscle.id)).map((m) => m.id),
      secondary: moves.filter((m) => m.muscles.secondary.includes(muscle.id)).map((m) => m.id),
    },
    url: absolute(entryUrl('muscles', muscle.id), site),
  }));
}

export function openDataFile<T>(items: T[], site: URL | string): OpenDataFile<T> {
  return { version: OPEN_DATA_VERSION, site: new URL('/', site).href, count: items.length, items };
}
