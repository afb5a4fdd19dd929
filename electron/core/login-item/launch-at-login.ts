/**
 * Launch at login as the system has it: asked at start and after every change the user makes, and
 * kept for the snapshot, so Settings shows what is true (an unwritable folder, an unpackaged run),
 * not only what was asked. A port that throws is logged; the last known state stays.
 */
import type { LoginItemState } from '../../shared/login-item';
import { safely } from '../background/safely';
import type { Logger, LoginItemPort } from '../ports';

export class LaunchAtLogin {
  private current: LoginItemState = { enabled: false, canChange: false, problem: null };

  constructor(private readonly deps: { port: LoginItemPort; logger: Logger }) {}

  state(): LoginItemState {
    return this.current;
  }

  set(enabled: boolean): void {
    safely(this.deps.logger, 'Setting launch at login', () => {
      this.current = this.deps.port.set(enabled);
    });
  }
}
