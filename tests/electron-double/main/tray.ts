/**
 * Tray: keeps what the app set (image, tooltip, title, context menu) and takes clicks from the
 * harness with Electron's arguments. The icon's bounds are all zero, as on Linux, where the tray
 * host does not say where the icon is.
 */
import { EventEmitter } from 'node:events';
import type { KeyboardEvent, Menu as ElectronMenu, NativeImage, Point, Rectangle, Tray as ElectronTray, TitleOptions } from 'electron';
import type { MenuDouble } from './menu';
import type { NativeImageDouble } from './native-image';

type TrayMembers =
  | 'setImage'
  | 'setToolTip'
  | 'setTitle'
  | 'getTitle'
  | 'setContextMenu'
  | 'popUpContextMenu'
  | 'setIgnoreDoubleClickEvents'
  | 'getIgnoreDoubleClickEvents'
  | 'getBounds'
  | 'destroy'
  | 'isDestroyed';

export class TrayDouble extends EventEmitter implements Pick<ElectronTray, TrayMembers> {
  static readonly all: TrayDouble[] = [];
  image: NativeImageDouble;
  tooltip = '';
  title = '';
  contextMenu: MenuDouble | null = null;
  /** The menu last popped up by the app itself (macOS right click). */
  poppedUp: MenuDouble | null = null;
  private ignoreDoubleClicks = false;
  private destroyed = false;

  constructor(image: NativeImage | string) {
    super();
    this.image = image as unknown as NativeImageDouble;
    TrayDouble.all.push(this);
  }

  setImage(image: NativeImage | string): void {
    this.image = image as unknown as NativeImageDouble;
  }
  setToolTip(toolTip: string): void {
    this.tooltip = toolTip;
  }
  setTitle(title: string, _options?: TitleOptions): void {
    this.title = title;
  }
  getTitle(): string {
    return this.title;
  }
  setContextMenu(menu: ElectronMenu | null): void {
    this.contextMenu = menu as unknown as MenuDouble | null;
  }
  popUpContextMenu(menu?: ElectronMenu, _position?: Point): void {
    this.poppedUp = (menu as unknown as MenuDouble | undefined) ?? this.contextMenu;
  }
  setIgnoreDoubleClickEvents(ignore: boolean): void {
    this.ignoreDoubleClicks = ignore;
  }
  getIgnoreDoubleClickEvents(): boolean {
    return this.ignoreDoubleClicks;
  }
  getBounds(): Rectangle {
    return { x: 0, y: 0, width: 0, height: 0 };
  }
  destroy(): void {
    this.destroyed = true;
    TrayDouble.all.splice(TrayDouble.all.indexOf(this), 1);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** A left click on the icon: 'click' with (event, bounds, position), as Electron emits it. */
  click(): void {
    if (this.destroyed) throw new Error('The tray icon was destroyed');
    const event: KeyboardEvent = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };
    this.emit('click', event, this.getBounds(), { x: 0, y: 0 } satisfies Point);
  }
}
