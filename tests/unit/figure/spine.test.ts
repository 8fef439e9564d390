/**
 * The spine bends over four links, so a rounded back (cat, child's pose, rhomboid stretch) and an
 * arched one (cow, thoracic extension) draw as curves on either side of the straight line from
 * the pelvis to the shoulders, and a neutral spine stays straight.
 */
import { describe, expect, it } from 'vitest';
import { skeleton3 } from '../../../src/lib/figure/body3d';
import { bodyItems3 } from '../../../src/lib/figure/draw3d';
import { cameraOf } from '../../../src/lib/figure/camera';
import { dot, length, sub, type Vec3 } from '../../../src/lib/figure/vec3';
import type { Pose3 } from '../../../src/lib/figure/pose3d';

/** How far the mid-back sits ahead (+) of or behind (-) the pelvis-to-shoulders line, along the chest's forward direction at the waist. */
function bulge(pose: Pose3): number {
  const p = skeleton3(pose).points;
  const [a, b, mid] = [p.pelvis!, p['shoulder-line']!, p['spine-mid']!];
  const ab = sub(b, a);
  const t = dot(sub(mid, a), ab) / dot(ab, ab);
  const off = sub(mid, [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t]);
  const forward = sub(p.chest!, p['upper-back']!);
  return dot(off, forward) / length(forward);
}

describe('the spine draws as a curve', () => {
  it('is straight when neutral', () => {
    expect(Math.abs(bulge({ base: 'standing' }))).toBeLessThan(0.01);
  });

  it('bows backward when rounded and forward when arched, more with more bend', () => {
    expect(bulge({ base: 'all-fours', trunk: 90, spine: { flexion: 45 } })).toBeLessThan(-3);
    expect(bulge({ base: 'all-fours', trunk: 90, spine: { flexion: 70 } })).toBeLessThan(bulge({ base: 'all-fours', trunk: 90, spine: { flexion: 45 } }));
    expect(bulge({ base: 'standing', spine: { flexion: -24 } })).toBeGreaterThan(1.5);
  });

  it('keeps the trunk its length whatever the bend', () => {
    const links = (pose: Pose3) => {
      const p = skeleton3(pose).points;
      const chain: Vec3[] = [p.pelvis!, p['spine-low']!, p.waist!, p['spine-mid']!, p['shoulder-line']!];
      return chain.slice(1).reduce((sum, q, i) => sum + length(sub(q, chain[i]!)), 0);
    };
    expect(links({ base: 'standing', spine: { flexion: 60, sideBend: 20, rotation: 30 } })).toBeCloseTo(links({ base: 'standing' }), 6);
  });

  it('is drawn as four torso links from the pelvis to the shoulders', () => {
    const sk = skeleton3({ base: 'standing', spine: { flexion: 40 } });
    const ids = bodyItems3(sk, cameraOf({ camera: 'side' }), false).filter((i) => ['lumbar', 'lumbar-high', 'thoracic', 'thoracic-high'].includes(i.id));
    expect(ids.map((i) => i.pts)).toEqual([
      [sk.points.pelvis, sk.points['spine-low']], [sk.points['spine-low'], sk.points.waist],
      [sk.points.waist, sk.points['spine-mid']], [sk.points['spine-mid'], sk.points['shoulder-line']],
    ]);
  });
});
