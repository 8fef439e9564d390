/**
 * The `figure` frontmatter of a move: view, facing, props and key poses as joint angles. Every
 * angle is checked against its joint's normal range (src/lib/figure/body.ts), so an impossible
 * pose fails the build with the pose and joint named.
 */
import { z } from 'astro/zod';
import { AXIAL_JOINTS, BASES, LIMB_JOINTS, VIEWS, jointRange, type Joint, type View } from '../lib/figure/body';
import { LIFTABLE, PROPS, PROP_EQUIPMENT, type FigureSpec } from '../lib/figure/types';
import { EQUIPMENT } from '../lib/content/vocabulary';

const angle = z.number({ error: 'must be an angle in degrees' });
const limbShape = Object.fromEntries(LIMB_JOINTS.map((j) => [j, angle.optional()])) as Record<(typeof LIMB_JOINTS)[number], z.ZodOptional<typeof angle>>;
const axialShape = Object.fromEntries(AXIAL_JOINTS.map((j) => [j, angle.optional()])) as Record<(typeof AXIAL_JOINTS)[number], z.ZodOptional<typeof angle>>;

const limbsSchema = z.strictObject(limbShape);
export const poseSchema = z.strictObject({
  base: z.enum(BASES, { error: `must be one of: ${BASES.join(', ')}` }),
  ...axialShape,
  ...limbShape,
  far: limbsSchema.optional(),
  reach: z.number().min(0, 'is 0–90° (upper arms toward the viewer)').max(90, 'is 0–90° (upper arms toward the viewer)').optional(),
  forearmReach: z.number().min(0, 'is 0–90° (forearms toward the viewer)').max(90, 'is 0–90° (forearms toward the viewer)').optional(),
  lifted: z.array(z.enum(LIFTABLE)).optional(),
  thighs: z.number().min(0, 'is 0–90° (thighs toward the viewer)').max(90, 'is 0–90° (thighs toward the viewer)').optional(),
  shins: z.number().min(0, 'is 0–90° (shins toward the viewer)').max(90, 'is 0–90° (shins toward the viewer)').optional(),
  shrug: z.number().min(-1, 'is -1..1 (down..up)').max(1, 'is -1..1 (down..up)').optional(),
  retract: z.number().min(-1, 'is -1..1 (rounded forward..drawn back)').max(1, 'is -1..1 (rounded forward..drawn back)').optional(),
});

const poseKey = z.string().regex(/^[a-z][a-z0-9-]*$/, 'pose names are lower-case words (start, middle, end)');

export const figureSchema = z.strictObject({
  view: z.enum(VIEWS, { error: `must be one of: ${VIEWS.join(', ')}` }),
  facing: z.enum(['left', 'right'], { error: 'must be left or right' }),
  props: z.array(z.enum(PROPS, { error: (issue) => `unknown prop "${String(issue.input)}" (expected one of: ${PROPS.join(', ')})` })).default([]),
  holds: z.enum(['near', 'far', 'both']).optional(),
  poses: z.record(poseKey, poseSchema).superRefine((poses, ctx) => {
    if (!poses.start) ctx.addIssue({ code: 'custom', message: 'needs a start pose' });
    if (!poses.end) ctx.addIssue({ code: 'custom', message: 'needs an end pose' });
  }),
}, { error: 'is required: give the move a figure (view, facing, props, poses.start, poses.end)' })
  .superRefine((figure, ctx) => {
    for (const [name, pose] of Object.entries(figure.poses)) {
      const check = (joint: Joint, value: number | undefined, path: (string | number)[]) => {
        if (value === undefined) return;
        const range = jointRange(figure.view as View, joint);
        if (value < range.min || value > range.max) {
          ctx.addIssue({ code: 'custom', path: ['poses', name, ...path], message: `${value}° is outside the ${joint}'s range ${range.min}–${range.max}° (${range.motion}, ${figure.view} view)` });
        }
      };
      for (const joint of [...AXIAL_JOINTS, ...LIMB_JOINTS]) check(joint, pose[joint], [joint]);
      for (const joint of LIMB_JOINTS) check(joint, pose.far?.[joint], ['far', joint]);
    }
  });

export type FigureData = z.infer<typeof figureSchema>;
export const asFigureSpec = (figure: FigureData) => figure as unknown as FigureSpec;

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
