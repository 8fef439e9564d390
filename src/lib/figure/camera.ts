/**
 * An orthographic camera around the body: azimuth from the body's front (90: its right side,
 * 180: its back), elevation above the horizon (90: from above, the body's front up the picture).
 * Projects to SVG coordinates (y down) with a depth for painting far things first.
 */
import { cross, dot, normalize, type Vec3 } from './vec3';
import type { CameraName, ViewSpec } from './pose3d';

export interface Camera { right: Vec3; up: Vec3; toward: Vec3 }

export const CAMERA_DEFAULTS: Record<CameraName, { azimuth: number; elevation: number }> = {
  side: { azimuth: 90, elevation: 0 },
  front: { azimuth: 0, elevation: 0 },
  back: { azimuth: 180, elevation: 0 },
  top: { azimuth: 180, elevation: 90 },
  'three-quarter': { azimuth: 45, elevation: 20 },
};

export function cameraOf(view: ViewSpec): Camera {
  const d = CAMERA_DEFAULTS[view.camera];
  const az = ((view.azimuth ?? d.azimuth) * Math.PI) / 180;
  const el = ((view.elevation ?? d.elevation) * Math.PI) / 180;
  const toward: Vec3 = [Math.cos(el) * Math.cos(az), Math.sin(el), Math.cos(el) * Math.sin(az)];
  const heading: Vec3 = [Math.cos(az), 0, Math.sin(az)];
  const right = normalize(cross([0, 1, 0], heading));
  return { right, up: normalize(cross(toward, right)), toward };
}

/** [x, y, depth]: y grows downward as in SVG; a larger depth is nearer the viewer. */
export const project = (cam: Camera, v: Vec3): [number, number, number] => [dot(v, cam.right), -dot(v, cam.up), dot(v, cam.toward)];
