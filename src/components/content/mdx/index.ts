import Note from './Note.astro';
import Safety from './Safety.astro';
import Cue from './Cue.astro';
import Mistake from './Mistake.astro';
import Steps from './Steps.astro';
import ProgressionNote from './ProgressionNote.astro';
import DeskBreakDoses from './DeskBreakDoses.astro';
import Glossary from './Glossary.astro';
import Term from './Term.astro';
import PainRule from '../PainRule.astro';

/** Components every MDX entry may use without importing them. */
export const mdxComponents = { Note, Safety, Cue, Mistake, Steps, ProgressionNote, DeskBreakDoses, Glossary, Term, PainRule };
