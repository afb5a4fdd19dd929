/**
 * Where the popover goes: beside the tray icon, inside the work area of the display the icon is
 * on, whichever edge the taskbar or menu bar sits at. Without the icon's bounds (Linux, Wayland)
 * it is centred.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export function popoverPosition(size: Size, workArea: Rect, trayBounds: Rect | null): { x: number; y: number } {
  if (trayBounds === null) {
    return {
      x: Math.round(workArea.x + (workArea.width - size.width) / 2),
      y: Math.round(workArea.y + (workArea.height - size.height) / 2),
    };
  }
  const trayCentreX = trayBounds.x + trayBounds.width / 2;
  // Above the icon when it is in the lower half (bottom taskbar), below it otherwise (menu bar, top
  // panel); clamping then pulls the popover off a side taskbar and inside the screen.
  const inLowerHalf = trayEdge(workArea, trayBounds) === 'bottom';
  const x = trayCentreX - size.width / 2;
  const y = inLowerHalf ? trayBounds.y - size.height : trayBounds.y + trayBounds.height;
  return {
    x: Math.round(clamp(x, workArea.x, workArea.x + workArea.width - size.width)),
    y: Math.round(clamp(y, workArea.y, workArea.y + workArea.height - size.height)),
  };
}

/** The popover's edge that faces the tray icon (its arrow points there); null when the icon's place is unknown. */
export function trayEdge(workArea: Rect, trayBounds: Rect | null): 'top' | 'bottom' | null {
  if (trayBounds === null) return null;
  return trayBounds.y + trayBounds.height / 2 > workArea.y + workArea.height / 2 ? 'bottom' : 'top';
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
