/** screen: one 1920×1080 display with a 32 px panel at the top, the cursor in its middle. */
import type { Display, Point, Screen } from 'electron';

const display = {
  id: 1,
  label: 'Test display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 32, width: 1920, height: 1048 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1048 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
  monochrome: false,
  accelerometerSupport: 'unknown',
  touchSupport: 'unknown',
  colorDepth: 24,
  colorSpace: 'srgb',
  depthPerComponent: 8,
  displayFrequency: 60,
  detected: true,
  maximumCursorSize: { width: 64, height: 64 },
  nativeOrigin: { x: 0, y: 0 },
} satisfies Display;

export const screen = {
  getPrimaryDisplay: (): Display => display,
  getAllDisplays: (): Display[] => [display],
  getDisplayNearestPoint: (_point: Point): Display => display,
  getCursorScreenPoint: (): Point => ({ x: 960, y: 540 }),
} satisfies Pick<Screen, 'getPrimaryDisplay' | 'getAllDisplays' | 'getDisplayNearestPoint' | 'getCursorScreenPoint'>;
