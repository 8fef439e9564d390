/** The real catalogue and `harder` links, read from the content files as the build reads them. */
import { loadCatalogue, loadMoves } from '../../support/content';
import { toRoutineMove } from '../../../src/lib/routine';
import type { HarderLinks } from '../../../src/lib/program';

export const REAL = loadCatalogue().map(toRoutineMove);
export const HARDER: HarderLinks = Object.fromEntries(loadMoves().map((m) => [m.id, m.data.harder]));
