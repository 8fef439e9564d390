/**
 * The 3D `figure` frontmatter of a move: props, key motion, one or two views (cameras) and key
 * poses as ISB joint angles. Every angle is checked against its joint's normal range
 * (src/lib/figure/pose3d.ts), so an impossible pose fails the build naming pose and joint.
 */
import { z } from 'astro/zod';
import { BASES } from '../lib/figure/body';
import { CAMERAS, CLOSE_UPS, KEPT_SHAPES, KEY_POINTS, LIFTABLE_3D, RANGES, STILL_PARTS, poseAngles, type Figure3, type Pose3 } from '../lib/figure/pose3d';
import { PROPS, PROP_EQUIPMENT } from '../lib/figure/types';
import { EQUIPMENT } from '../lib/content/vocabulary';

const angle = z.number({ error: 'must be an angle in degrees' });
const limb = z.strictObject({ flexion: angle.optional(), abduction: angle.optional(), rotation: angle.optional() });
const axial = z.strictObject({ flexion: angle.optional(), sideBend: angle.optional(), rotation: angle.optional() });
const scapula = z.strictObject({ elevation: angle.optional(), retraction: angle.optional(), upwardRotation: angle.optional() });
const sideJoints = {
  scapula: scapula.optional(), shoulder: limb.optional(), elbow: angle.optional(), wrist: angle.optional(),
  hip: limb.optional(), knee: angle.optional(), ankle: angle.optional(),
};

export const pose3Schema = z.strictObject({
  base: z.enum(BASES, { error: `must be one of: ${BASES.join(', ')}` }),
  trunk: angle.optional(),
  turn: angle.optional(),
  spine: axial.optional(),
  neck: axial.optional(),
  head: angle.optional(),
  ...sideJoints,
  left: z.strictObject(sideJoints).optional(),
  lifted: z.array(z.enum(LIFTABLE_3D)).optional(),
});

const view = z.strictObject({
  camera: z.enum(CAMERAS, { error: `must be one of: ${CAMERAS.join(', ')}` }),
  azimuth: z.number().min(-180).max(360).optional(),
  elevation: z.number().min(-10, 'is -10..90° above the horizon').max(90, 'is -10..90° above the horizon').optional(),
  close: z.enum(CLOSE_UPS).optional(),
});

const poseKey = z.string().regex(/^[a-z][a-z0-9-]*$/, 'pose names are lower-case words (start, middle, end)');

type Poses = Record<string, z.infer<typeof pose3Schema>>;

/** The poses every figure needs (its first and last): the check that also types them. */
function hasStartAndEnd(poses: Poses): poses is Poses & { start: Pose3; end: Pose3 } {
  return !!poses.start && !!poses.end;
}

function missingPoses(poses: unknown): string {
  const has = (name: string) => !!poses && typeof poses === 'object' && name in poses;
  return [has('start') ? '' : 'needs a start pose', has('end') ? '' : 'needs an end pose'].filter(Boolean).join('; ');
}

export const figureSchema = z.strictObject({
  props: z.array(z.enum(PROPS, { error: (issue) => `unknown prop "${String(issue.input)}" (expected one of: ${PROPS.join(', ')})` })).default([]),
  holds: z.enum(['right', 'left', 'both']).optional(),
  grip: z.enum(['overhand', 'neutral']).optional(),
  anchor: z.enum(['ahead', 'above', 'left', 'right']).optional(),
  wall: z.enum(['behind', 'front']).optional(),
  isometric: z.boolean().optional(),
  key: z.strictObject({
    point: z.enum(KEY_POINTS, { error: `must be one of: ${KEY_POINTS.join(', ')}` }),
    still: z.array(z.enum(STILL_PARTS)).optional(),
    keep: z.array(z.enum(KEPT_SHAPES, { error: `must be one of: ${KEPT_SHAPES.join(', ')}` })).optional(),
  }),
  views: z.array(view).min(1, 'needs one or two views').max(2, 'needs one or two views'),
  poses: z.record(poseKey, pose3Schema).refine(hasStartAndEnd, { error: (issue) => missingPoses(issue.input) }),
}, { error: 'is required: give the move a figure (props, key, views, poses.start, poses.end)' })
  .superRefine((figure, ctx) => {
    for (const [name, pose] of Object.entries(figure.poses)) {
      for (const [path, key, value] of poseAngles(pose)) {
        const range = RANGES[key];
        if (value < range.min || value > range.max) {
          ctx.addIssue({ code: 'custom', path: ['poses', name, ...path], message: `${value}° is outside the range ${range.min}–${range.max}° (${range.motion})` });
        }
      }
    }
  }, {
    // Zod skips a refinement after any earlier issue in the move (a missing summary, say): run it
    // whenever the poses are there, so one build names every mistake at once.
    when: ({ value }) => isPoseRecord((value as { poses?: unknown } | undefined)?.poses),
  });

function isPoseRecord(poses: unknown): boolean {
  return !!poses && typeof poses === 'object' && Object.values(poses).every((pose) => !!pose && typeof pose === 'object');
}

export type FigureData = z.infer<typeof figureSchema>;
// The schema's output is the renderer's own type: checked here, so no figure needs a cast.
figureSchema satisfies z.ZodType<Figure3, unknown>;

/**
 * Props against the move's equipment. There must be one alternative whose items are all drawn
 * (assumed items such as the floor excepted), and every piece of equipment drawn (band,
 * dumbbells, barbell, cable, bench, bar, stress ball) must belong to that alternative. Scenery
 * (floor, wall, chair, doorway, table) may always be drawn. Returns messages for figure.props.
 */
export function figurePropProblems(props: readonly string[], alternatives: readonly (readonly string[])[]): string[] {
  const assumed = new Set<string>(EQUIPMENT.filter((item) => item.assumed).map((item) => item.id));
  const equipment = [...new Set(props.map((p) => PROP_EQUIPMENT[p as keyof typeof PROP_EQUIPMENT]).filter((e): e is string => !!e))];
  const shown = new Set([...equipment, ...props]);
  const fits = alternatives.some((alt) =>
    alt.every((item) => assumed.has(item) || shown.has(item)) && equipment.every((item) => alt.includes(item)));
  if (fits) return [];
  const options = alternatives.map((alt) => `[${alt.filter((i) => !assumed.has(i)).join(', ') || 'nothing'}]`).join(' or ');
  return [`the figure shows [${equipment.join(', ') || 'nothing'}] but the move's equipment is ${options}; draw the props of one alternative`];
}
