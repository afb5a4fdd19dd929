/**
 * Tray: keeps what the app set (image, tooltip, title, context menu) and takes clicks from the
 * harness with Electron's arguments. The icon's bounds are all zero, as on Linux, where the tray
 * host does not say where the icon is; a test playing macOS or Windows sets where the icon sits.
 */
import { EventEmitter } from 'node:events';
import type {
  KeyboardEvent,
  Menu as ElectronMenu,
  NativeImage,
  Point,
  Rectangle,
  Tray as ElectronTray,
  TitleOptions,
} from 'electron';
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
  /** How the title was asked to look (macOS: monospaced digits keep a count from jittering). */
  titleOptions: TitleOptions | undefined = undefined;
  /** What getBounds reports: all zero where the tray host does not tell (Linux). */
  bounds: Rectangle = { x: 0, y: 0, width: 0, height: 0 };
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
  setTitle(title: string, options?: TitleOptions): void {
    this.title = title;
    this.titleOptions = options;
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
    return { ...this.bounds };
  }
  destroy(): void {
    this.destroyed = true;
    TrayDouble.all.splice(TrayDouble.all.indexOf(this), 1);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /**
   * A left click on the icon: 'click' with (event, bounds, position), as Electron emits it. `at`:
   * where the click reports the icon when that differs from getBounds (Windows' overflow flyout).
   */
  click(at: Rectangle = this.getBounds()): void {
    if (this.destroyed) throw new Error('The tray icon was destroyed');
    this.emit('click', noKeys(), at, { x: 0, y: 0 } satisfies Point);
  }

  /** A right click on the icon: 'right-click' with (event, bounds), as Electron emits it on macOS and Windows. */
  rightClick(): void {
    if (this.destroyed) throw new Error('The tray icon was destroyed');
    this.emit('right-click', noKeys(), this.getBounds());
  }
}

function noKeys(): KeyboardEvent {
  return { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };
}
