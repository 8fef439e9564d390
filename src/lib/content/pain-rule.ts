/**
 * The pain rule: one simple, cited rule for telling acceptable discomfort from pain that means
 * "step back". Its wording lives here only, so the safety guide, the plan's safety box, the
 * player and the coach all say the same thing (rendered by src/components/content/PainRule.astro).
 */

/** Where the rule is explained in full: the safety guide's "The pain rule" section. */
export const PAIN_RULE_HREF = '/guides/safety/#the-pain-rule';

/** The highest acceptable pain during a move, on a 0–10 scale. */
export const PAIN_CEILING = 3;

export const PAIN_RULE = {
  title: 'The pain rule',
  scale: 'Rate any pain from 0 (none) to 10 (the worst you can imagine).',
  lines: [
    `During a move, discomfort up to ${PAIN_CEILING} out of 10 is acceptable. Above ${PAIN_CEILING}, or any sharp pain, stop that move.`,
    'By the next morning, any pain or stiffness from the session should have settled. If it has not, make the next session easier.',
    'From week to week, pain should not be creeping up. If it is, or a move hurts every time, see a doctor or physical therapist.',
  ],
  /** The rule in one line, for a printed plan that must fit one page. */
  short: `Pain rule: up to ${PAIN_CEILING} out of 10 during a move is acceptable; sharp pain, or pain still there the next morning, means step back.`,
  basis: 'A more cautious version of the pain-monitoring model in a study by Silbernagel and colleagues (2007), whose patients with Achilles tendon pain could go up to 5 out of 10; we keep to 3 because no therapist is watching.',
} as const;

/** What to do after a session that hurt: never a step forward (the coach and the player's end screen). */
export const STEP_BACK_ADVICE = 'Do not make anything harder: next time leave out the move that hurt, or do an easier version with less load, and follow the pain rule. If the pain is sharp, keeps coming back or worries you, see a doctor or physical therapist before you train again.';

/** The end-of-session answer for pain, as the player and the log ask it. */
export const HURT_ANSWER = 'It hurt (sharp, or still there the next morning)';
