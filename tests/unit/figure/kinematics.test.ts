import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BODY, jointRange, LIMB_JOINTS } from '../../../src/lib/figure/body';
import { distance, placePose, type Point } from '../../../src/lib/figure/kinematics';
import type { Pose } from '../../../src/lib/figure/types';

const close = (a: Point, b: Point, within = 0.01) => expect(distance(a, b)).toBeLessThan(within);
const standing = (extra: Partial<Pose> = {}) => placePose('side', { base: 'standing', ...extra });

describe('forward kinematics', () => {
  it('stands the neutral body on the floor with the shoulder over the hip', () => {
    const { points: p } = standing();
    expect(p['near-heel']![1]).toBeCloseTo(0, 6);
    const hip = p['near-hip']!;
    close(p['near-shoulder']!, [hip[0], hip[1] - BODY.lowerTorso - BODY.upperTorso]);
    // Hip height = thigh + shank + ankle height, as the figures spec's fractions add up.
    expect(-hip[1]).toBeCloseTo(BODY.thigh + BODY.shank + BODY.ankleHeight, 6);
    close(p['near-grip']!, [hip[0], p['near-shoulder']![1] + BODY.upperArm + BODY.forearm + BODY.hand / 2]);
  });

  it('turns a 90° shoulder flexion into an arm straight forward at shoulder height', () => {
    const { points: p } = standing({ shoulder: 90 });
    const s = p['near-shoulder']!;
    close(p['near-elbow']!, [s[0] + BODY.upperArm, s[1]]);
    close(p['near-grip']!, [s[0] + BODY.upperArm + BODY.forearm + BODY.hand / 2, s[1]]);
  });

  it('bends a hanging elbow forward, and a knee backward', () => {
    const { points: p } = standing({ elbow: 90 });
    const e = p['near-elbow']!;
    close(p['near-forearm-mid']!, [e[0] + BODY.forearm / 2, e[1]]);
    const kneeling = placePose('side', { base: 'kneeling', knee: 90 });
    const k = kneeling.points['near-knee']!;
    expect(kneeling.points['near-shin-mid']![0]).toBeCloseTo(k[0] - BODY.shank / 2, 6);
    expect(k[1]).toBeCloseTo(-5, 6);
  });

  it('mirrors the far side in front view: abduction takes each arm outward', () => {
    const { points: p } = placePose('front', { base: 'standing', shoulder: 90 });
    const [near, far] = [p['near-shoulder']!, p['far-shoulder']!];
    expect(far[0] - near[0]).toBeCloseTo(BODY.shoulderWidth, 6);
    close(p['near-elbow']!, [near[0] - BODY.upperArm, near[1]]);
    close(p['far-elbow']!, [far[0] + BODY.upperArm, far[1]]);
  });

  it('hangs from the bar by the hands and sits on the seat', () => {
    const hang = placePose('side', { base: 'hanging', shoulder: 180 });
    expect(hang.points['near-grip']![1]).toBeCloseTo(-250, 6);
    const seated = placePose('side', { base: 'seated', hip: 90, knee: 90 });
    expect(seated.points['near-heel']![1]).toBeCloseTo(0, 6);
  });

  const angles = (joint: (typeof LIMB_JOINTS)[number]) => {
    const r = jointRange('side', joint);
    return fc.integer({ min: r.min, max: r.max });
  };
  const poseArb = fc.record({
    trunk: fc.integer({ min: -120, max: 120 }),
    spine: fc.integer({ min: -25, max: 80 }),
    neck: fc.integer({ min: -45, max: 45 }),
    shoulder: angles('shoulder'), elbow: angles('elbow'), wrist: angles('wrist'),
    hip: angles('hip'), knee: angles('knee'), ankle: angles('ankle'),
    base: fc.constantFrom('standing', 'kneeling', 'lying', 'seated', 'hanging', 'plank') as fc.Arbitrary<Pose['base']>,
  });

  it('never stretches a bone: every segment keeps its length in any pose', () => {
    const reference = standing().bones;
    fc.assert(fc.property(poseArb, (pose) => {
      const { bones } = placePose('side', pose);
      for (const [id, [a, b]] of Object.entries(bones)) {
        const [ra, rb] = reference[id]!;
        expect(distance(a, b)).toBeCloseTo(distance(ra, rb), 6);
      }
    }), { numRuns: 200 });
  });

  it('never sinks the body into the floor, whatever the floor pose', () => {
    fc.assert(fc.property(poseArb.filter((p) => p.base !== 'seated' && p.base !== 'hanging'), (pose) => {
      const { points } = placePose('side', pose);
      // Feet of a kneeling or face-down body lie along the floor and are not contact points.
      const feetDown = pose.base === 'kneeling' || (pose.base === 'lying' && pose.trunk > 0);
      const names = ['near-heel', 'far-heel', 'near-toe', 'far-toe', 'pelvis-back', 'upper-back', 'chest', 'belly', 'near-knee', 'far-knee']
        .filter((n) => !(feetDown && /heel|toe/.test(n)));
      expect(Math.max(...names.map((n) => points[n]![1]))).toBeLessThanOrEqual(1e-6);
    }), { numRuns: 300 });
  });
});
