/** Launch at login as the system has it, which is not always what the setting asks (an unpackaged run, an unwritable folder). */
export interface LoginItemState {
  /** The app starts at the next login. */
  enabled: boolean;
  /** Whether this run can change it: an unpackaged run or an unsupported desktop cannot. */
  canChange: boolean;
  /** In words: why it cannot be changed, or why the last change failed; null when all is well. */
  problem: string | null;
}

/** Where things are, for the line at the bottom of Settings. */
export interface AboutApp {
  version: string;
  dataFolder: string;
  logFolder: string;
  /** The API address comes from OMI_API_BASE_URL, which overrides Settings: Settings says so. */
  apiAddressFromEnvironment?: boolean;
}
