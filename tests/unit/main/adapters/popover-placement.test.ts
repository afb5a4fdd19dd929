import { describe, expect, it } from 'vitest';
import { popoverPosition, trayEdge, type Rect } from '../../../../electron/main/adapters/popover-placement';

const size = { width: 380, height: 560 };
/** A 1920×1080 screen; each case takes away the strip its taskbar or menu bar covers. */
const screenWith = (workArea: Rect) => workArea;

describe('placing the popover beside the tray icon', () => {
  it('sits above a bottom taskbar, centred on the icon (Windows)', () => {
    const workArea = screenWith({ x: 0, y: 0, width: 1920, height: 1040 });
    const icon = { x: 1700, y: 1048, width: 24, height: 24 };
    expect(popoverPosition(size, workArea, icon)).toEqual({ x: 1522, y: 480 });
  });

  it('hangs below the menu bar, centred on the icon (macOS, top panels)', () => {
    const workArea = screenWith({ x: 0, y: 25, width: 1920, height: 1055 });
    const icon = { x: 1500, y: 0, width: 22, height: 24 };
    expect(popoverPosition(size, workArea, icon)).toEqual({ x: 1321, y: 25 });
  });

  it('stays inside the screen when the icon is at its very edge', () => {
    const workArea = screenWith({ x: 0, y: 0, width: 1920, height: 1040 });
    const icon = { x: 1900, y: 1048, width: 20, height: 24 };
    expect(popoverPosition(size, workArea, icon)).toEqual({ x: 1540, y: 480 });
  });

  it('moves off a taskbar on the left edge', () => {
    const workArea = screenWith({ x: 60, y: 0, width: 1860, height: 1080 });
    const icon = { x: 18, y: 1000, width: 24, height: 24 };
    expect(popoverPosition(size, workArea, icon)).toEqual({ x: 60, y: 440 });
  });

  it('uses the coordinates of a second display', () => {
    const workArea = { x: 1920, y: 0, width: 2560, height: 1400 };
    const icon = { x: 4000, y: 1410, width: 24, height: 24 };
    expect(popoverPosition(size, workArea, icon)).toEqual({ x: 3822, y: 840 });
  });

  it('is centred in the work area when the tray does not say where its icon is (Linux, Wayland)', () => {
    const workArea = { x: 0, y: 32, width: 1920, height: 1048 };
    expect(popoverPosition(size, workArea, null)).toEqual({ x: 770, y: 276 });
  });

  it('keeps its top-left corner on screen when the screen is smaller than the popover', () => {
    const workArea = { x: 0, y: 0, width: 320, height: 480 };
    expect(popoverPosition(size, workArea, { x: 300, y: 470, width: 10, height: 10 })).toEqual({ x: 0, y: 0 });
  });

  it('names the edge that faces the icon, so the popover can point at it', () => {
    expect(trayEdge({ x: 0, y: 0, width: 1920, height: 1040 }, { x: 1700, y: 1048, width: 24, height: 24 })).toBe(
      'bottom',
    );
    expect(trayEdge({ x: 0, y: 25, width: 1920, height: 1055 }, { x: 1500, y: 0, width: 22, height: 24 })).toBe('top');
    expect(trayEdge({ x: 0, y: 0, width: 1920, height: 1080 }, null)).toBeNull();
  });
});
