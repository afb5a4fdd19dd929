/**
 * Well-formed but hostile values for the IPC fuzzes (./ipc-fuzz.test.ts through ipcMain,
 * tests/e2e/ipc-fuzz.spec.ts through the built preload's bridge): paths out of an item, another
 * server, shortcuts the system or other apps own, zones that do not exist.
 */
export const hostileIds = [
  '.',
  '..',
  '%2e%2e',
  '%2E%2E',
  '.%2e',
  '../../v1/users/me',
  'a1/../../x',
  'a1/..',
  '..%2f..%2f',
  'a1?limit=1',
  'a1#x',
  '%00',
  'a1%2F..',
  '~',
  ' a1 ',
  'A'.repeat(200),
];
export const hostileBases = [
  'https://attacker.example',
  'https://attacker.example/v1',
  'https://api.omi.me.attacker.example',
  'https://attacker.example:443/',
  'http://localhost.attacker.example',
];
export const hostileShortcuts = [
  'CommandOrControl+Q',
  'CommandOrControl+W',
  'CommandOrControl+C',
  'CommandOrControl+V',
  'Alt+F4',
  'Super+L',
  'Alt+Tab',
  'CommandOrControl+Alt+Delete',
  'CommandOrControl+Shift+Q',
  'Alt+Shift+F4',
  'CommandOrControl+Alt+Shift+Q',
  'Shift+Alt+Tab',
  'CommandOrControl+Shift+Escape',
  'PrintScreen',
];
export const hostileZones = [
  'Mars/Olympus_Mons',
  'Europe/Atlantis',
  'UTC+99',
  'Etc/GMT+15',
  '../../etc/localtime',
  'America/New York',
  'utc ',
  '%2e%2e',
];
