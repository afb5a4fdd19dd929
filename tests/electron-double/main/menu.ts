/**
 * Menu and its items, built from a template as Electron builds them: separators, checkboxes that
 * flip before their click runs, disabled entries that cannot be clicked.
 */
import type {
  BaseWindow,
  KeyboardEvent,
  Menu as ElectronMenu,
  MenuItem as ElectronMenuItem,
  MenuItemConstructorOptions,
} from 'electron';

type Click = NonNullable<MenuItemConstructorOptions['click']>;

export class MenuItemDouble implements Pick<
  ElectronMenuItem,
  'label' | 'type' | 'checked' | 'enabled' | 'visible' | 'role'
> {
  label: string;
  type: ElectronMenuItem['type'];
  checked: boolean;
  enabled: boolean;
  visible: boolean;
  role: ElectronMenuItem['role'];
  readonly submenu: MenuDouble | undefined;
  private readonly onClick: Click | undefined;

  constructor(options: MenuItemConstructorOptions) {
    this.label = options.label ?? '';
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.checked = options.checked ?? false;
    this.enabled = options.enabled ?? true;
    this.visible = options.visible ?? true;
    this.role = options.role as ElectronMenuItem['role'];
    this.onClick = options.click;
    this.submenu = Array.isArray(options.submenu) ? MenuDouble.buildFromTemplate(options.submenu) : undefined;
  }

  /** What the user reads: on Windows and Linux "&&" shows as "&" and a lone "&" marks a mnemonic. */
  shownLabel(platform: NodeJS.Platform): string {
    if (platform === 'darwin') return this.label;
    return this.label.replace(/&(&?)/g, (_match, second: string) => second);
  }

  /** The OS's click: a checkbox flips first, then the item's click runs with (item, window, event). */
  click(): void {
    if (!this.enabled) throw new Error(`The menu entry "${this.label}" is disabled`);
    if (this.type === 'checkbox') this.checked = !this.checked;
    const event = {
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      triggeredByAccelerator: false,
    } satisfies KeyboardEvent;
    this.onClick?.(this as unknown as ElectronMenuItem, undefined as unknown as BaseWindow, event);
  }
}

export class MenuDouble implements Pick<ElectronMenu, 'items'> {
  static applicationMenu: MenuDouble | null = null;
  readonly items: ElectronMenuItem[];

  private constructor(items: MenuItemDouble[]) {
    this.items = items as unknown as ElectronMenuItem[];
  }

  static buildFromTemplate(template: Array<MenuItemConstructorOptions | ElectronMenuItem>): MenuDouble {
    return new MenuDouble(
      template.map((entry) =>
        entry instanceof MenuItemDouble ? entry : new MenuItemDouble(entry as MenuItemConstructorOptions),
      ),
    );
  }

  static setApplicationMenu(menu: ElectronMenu | null): void {
    MenuDouble.applicationMenu = menu as unknown as MenuDouble | null;
  }

  static getApplicationMenu(): ElectronMenu | null {
    return MenuDouble.applicationMenu as unknown as ElectronMenu | null;
  }

  entries(): MenuItemDouble[] {
    return this.items as unknown as MenuItemDouble[];
  }
}

/** The static side the app calls, checked against Electron's (the menus built are doubles, not Electron's class). */
type MenuStatics = Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu' | 'getApplicationMenu'>;
type Checked<T> = { [K in keyof T]: T[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[K] };
export const Menu = MenuDouble satisfies Checked<MenuStatics>;
