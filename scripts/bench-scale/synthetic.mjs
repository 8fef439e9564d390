// @ts-check
// One synthetic exercise for the scale benchmark: valid against the move schema, citing real
// muscles and sources, with varied wording so the search index grows as real content would.
const PATTERNS = ['row', 'posture', 'core', 'grip'];
const LEVELS = ['beginner', 'intermediate', 'advanced'];
const EQUIPMENT = [['band'], ['dumbbells'], ['cable'], ['barbell', 'bench'], ['floor']];
/** The props each equipment alternative draws (the schema checks props against equipment). */
const PROPS = { band: 'floor, band', dumbbells: 'floor, dumbbells', cable: 'floor, cable', 'barbell, bench': 'floor, barbell, bench', floor: 'floor' };
const CAMERAS = ['side', 'back', 'three-quarter', 'front'];
const WORDS = 'shoulder blade elbow wrist spine neck rib hip knee band cable dumbbell bench wall floor chair slow steady pause squeeze lower lift reach pull press brace breathe tall long soft tight even control tempo posture row hold rest set rep angle grip stance balance'.split(' ');

/** A small deterministic generator, so two runs of the benchmark build the same content. */
function random(/** @type {number} */ seed) {
  let state = (seed * 2654435761) >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/**
 * @param {number} index 0-based
 * @param {{ muscles: string[], sources: string[], count?: number }} targets real ids to cite, and how many moves there are
 * @returns {{ id: string, text: string }}
 */
export function syntheticMove(index, { muscles, sources, count = Infinity }) {
  if (!muscles.length || !sources.length) throw new Error('synthetic moves need at least one muscle and one source');
  const next = random(index + 1);
  const pick = (/** @type {string[]} */ list) => list[Math.floor(next() * list.length)];
  const phrase = (/** @type {number} */ length) => Array.from({ length }, () => pick(WORDS)).join(' ');
  const sentence = (/** @type {number} */ length) => {
    const text = phrase(length);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const id = `synthetic-move-${index + 1}`;
  const primary = muscles[index % muscles.length];
  const secondary = muscles.length > 1 ? [muscles[(index + 1) % muscles.length]] : [];
  const equipment = pick(EQUIPMENT.map((e) => e.join(', ')));
  const list = (/** @type {string[]} */ items) => items.map((item) => `  - ${item}`).join('\n');
  const frontmatter = [
    '---',
    `title: Synthetic move ${index + 1} ${pick(WORDS)}`,
    `summary: ${sentence(10)}`,
    `muscles:\n  primary: [${primary}]\n  secondary: [${secondary.join(', ')}]`,
    `equipment: [[${equipment}]]`,
    `level: ${LEVELS[index % LEVELS.length]}`,
    `pattern: ${PATTERNS[index % PATTERNS.length]}`,
    `dose: { type: reps, sets: ${1 + (index % 3)}, reps: ${8 + (index % 8)} }`,
    `steps:\n${list(Array.from({ length: 3 + (index % 4) }, () => sentence(12)))}`,
    `cues:\n${list([sentence(6), sentence(6)])}`,
    `mistakes:\n${list([sentence(10)])}`,
    `feel: ${sentence(12)}`,
    `safety:\n${list([sentence(12)])}`,
    // An exercise's coaching, required since the coaching fields were added.
    `breathing: ${sentence(8)}`,
    `tempo: { out: 1, hold: 1, back: 2 }`,
    `load: ${sentence(12)}`,
    `checkFirst:\n${list(['Nothing in particular needs checking before this synthetic move.'])}`,
    index % 4 === 0 ? '' : `easier: [synthetic-move-${index}]`,
    // Links go both ways: the next move names this one as easier unless it starts a group of four.
    (index + 1) % 4 === 0 || index + 1 >= count ? '' : `harder: [synthetic-move-${index + 2}]`,
    `sources: [${sources[index % sources.length]}]`,
    // A row-like motion with its own angles and camera, so every figure is drawn and differs.
    `figure:\n  props: [${PROPS[/** @type {keyof typeof PROPS} */ (equipment)]}]\n  key: { point: right-elbow, still: [trunk] }`,
    `  views:\n    - { camera: ${CAMERAS[index % CAMERAS.length]} }`,
    `  poses:\n    start: { base: standing, trunk: ${index % 40}, hip: { flexion: ${index % 40} }, shoulder: { flexion: ${50 + (index % 40)} } }`,
    `    end: { base: standing, trunk: ${index % 40}, hip: { flexion: ${index % 40} }, shoulder: { flexion: -20 }, elbow: ${80 + (index % 40)}, scapula: { retraction: 20 } }`,
    '---',
  ].filter(Boolean);
  const body = [`## About this move`, '', `${sentence(18)} ${sentence(14)} ${sentence(16)}`, '', `${sentence(20)} ${sentence(12)}`];
  return { id, text: `${frontmatter.join('\n')}\n\n${body.join('\n')}\n` };
}
