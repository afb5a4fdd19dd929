/**
 * `electron-builder --dir` for Linux, against a stand-in Electron distribution made here (the real
 * one cannot be downloaded on the build machines): a shell script carrying Electron's fuse wire, so
 * electron-builder's own fuse step runs on it too. Checks what ships: the archive's contents, the
 * unpacked keychain module (packed as installed, its binary checked by the afterPack hook), the tray
 * icons where app-paths.ts looks, the Linux AppArmor profiles, name, id, version and fuses. The .deb
 * and AppImage themselves are not built here: their tools are downloaded, and this machine cannot.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPackage } from '@electron/asar';

const root = process.cwd();
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  productName: string;
  dependencies: Record<string, string>;
};
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's fuse wire as shipped: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect, AsarIntegrity, OnlyAsar, V8Snapshot, FileProtocol. */
const SHIPPED_FUSES = '10110001';
const FUSE_NAMES = [
  'runAsNode',
  'cookieEncryption',
  'nodeOptions',
  'nodeCliInspect',
  'asarIntegrity',
  'onlyLoadAppFromAsar',
  'v8Snapshot',
  'grantFileProtocolExtraPrivileges',
];

let work: string;
let unpacked: string;
let files: string[];
let builderLog: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'omi-tray-package-'));
  const dist = join(work, 'electron-dist');
  await mkdir(join(dist, 'resources'), { recursive: true });
  const stub = Buffer.concat([
    Buffer.from("#!/bin/sh\necho 'stand-in Electron'\nexit 0\n# "),
    Buffer.from(SENTINEL),
    Buffer.from([1, SHIPPED_FUSES.length]),
    Buffer.from(`${SHIPPED_FUSES}\n`),
  ]);
  await writeFile(join(dist, 'electron'), stub);
  await chmod(join(dist, 'electron'), 0o755);
  await writeFile(join(dist, 'LICENSE'), 'stand-in');
  await writeFile(join(dist, 'version'), '45.6.1');

  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);
  const output = join(work, 'dist');
  const packaged = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--linux',
      '--dir',
      `-c.electronDist=${dist}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  expect(packaged.status, `${packaged.stdout}\n${packaged.stderr}`).toBe(0);
  builderLog = `${packaged.stdout}\n${packaged.stderr}`;
  unpacked = join(output, 'linux-unpacked');
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((file) =>
    file.replace(/^[\\/]/, '').replace(/\\/g, '/'),
  );
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packaged app (linux, --dir)', () => {
  it('holds the built app and production dependencies only', () => {
    expect(files).toEqual(
      expect.arrayContaining(['package.json', 'out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']),
    );
    const topLevel = new Set(files.map((file) => file.split('/')[0]));
    expect([...topLevel].sort()).toEqual(['node_modules', 'out', 'package.json']);
    const modules = new Set(files.filter((file) => file.startsWith('node_modules/')).map((file) => file.split('/')[1]));
    for (const dependency of Object.keys(pkg.dependencies)) expect(modules).toContain(dependency);
    // Nothing only the build or the tests use.
    for (const devOnly of [
      'electron',
      'vite',
      'svelte',
      'vitest',
      '@playwright',
      'typescript',
      'electron-builder',
      '@doyensec',
      'esbuild',
    ])
      expect(modules).not.toContain(devOnly);
    const unwanted = files.filter(
      (file) =>
        /\.(map|ts|cts|mts)$/.test(file) ||
        /(^|\/)(tests?|__tests__|src)\//.test(file) ||
        file.startsWith('electron/') ||
        file.startsWith('tests/'),
    );
    console.log(`app.asar: ${files.length} entries, ${modules.size} packages, ${unwanted.length} sources/maps/tests`);
    expect(unwanted).toEqual([]);
  });

  it("leaves keytar's install-time helpers (prebuild-install, tar-fs, simple-get and theirs) out", () => {
    const modules = new Set(files.filter((file) => file.startsWith('node_modules/')).map((file) => file.split('/')[1]));
    for (const installOnly of [
      'prebuild-install',
      'tar-fs',
      'tar-stream',
      'simple-get',
      'rc',
      'minimist',
      'detect-libc',
      'pump',
    ])
      expect(modules).not.toContain(installOnly);
    // The app's own runtime packages and keytar's native glue; date-fns is a dev dependency (only tests use it).
    expect([...modules].sort()).toEqual(['chrono-node', 'keytar', 'node-addon-api', 'zod']);
  });

  it('asks macOS for JIT only: the entitlements file the build names has no other key', async () => {
    const config = await readFile(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^ {2}entitlements: build\/entitlements\.mac\.plist$/m);
    expect(config).toMatch(/^ {2}entitlementsInherit: build\/entitlements\.mac\.plist$/m);
    const plist = await readFile(join(root, 'build', 'entitlements.mac.plist'), 'utf8');
    const keys = [...plist.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<key>([^<]+)<\/key>\s*<(true|false)\/>/g)].map(
      (match) => `${match[1]}=${match[2]}`,
    );
    expect(keys).toEqual(['com.apple.security.cs.allow-jit=true']);
    expect(plist).not.toMatch(/<key>com\.apple\.security\.cs\.disable-library-validation<\/key>/);
  });

  it('packs keytar as npm installed it, no rebuild, and checks its binary fits the package', async () => {
    const config = await readFile(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^npmRebuild: false$/m);
    expect(config).toMatch(/^afterPack: scripts\/packaging\/native-binary\.cjs$/m);
    expect(builderLog).toContain(`keytar.node matches linux ${process.arch}`);
  });

  it('carries the AppImage install script and its AppArmor profile; the .deb names its own profile', async () => {
    const config = await readFile(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^deb:\n(?: {2}#.*\n)* {2}appArmorProfile: build\/linux\/apparmor-profile$/m);
    expect(readdirSync(join(unpacked, 'resources'))).toEqual(
      expect.arrayContaining(['apparmor-profile-appimage', 'install-appimage.sh']),
    );
    const shipped = await readFile(join(unpacked, 'resources', 'apparmor-profile-appimage'), 'utf8');
    expect(shipped).toBe(await readFile(join(root, 'build', 'linux', 'apparmor-profile-appimage'), 'utf8'));
    const script = await readFile(join(unpacked, 'resources', 'install-appimage.sh'), 'utf8');
    expect(script).toContain('/etc/apparmor.d/omi-tray-appimage');
    expect(script).toContain('target=/opt/omi-tray-appimage');
  });

  it.each([
    ['apparmor-profile', 'omi-tray', '/opt/Omi Tray/omi-tray'],
    ['apparmor-profile-appimage', 'omi-tray-appimage', '/opt/omi-tray-appimage/omi-tray'],
  ])('%s lets one root-owned executable make user namespaces, and nothing else', async (file, name, executable) => {
    const profile = (await readFile(join(root, 'build', 'linux', file), 'utf8')).replace(/^\s*#.*$/gm, '');
    expect(profile).toMatch(/^abi <abi\/4\.0>,$/m);
    const profiles = [...profile.matchAll(/^profile (\S+) "([^"]+)" flags=\(unconfined\) \{\n([\s\S]*?)^\}$/gm)];
    expect(profiles.map((match) => [match[1], match[2]])).toEqual([[name, executable]]);
    const rules = (profiles[0]?.[3] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(rules).toEqual(['userns,', `include if exists <local/${name}>`]);
  });

  it('ships no page smoke check: only a build made with OMI_TRAY_SMOKE_BUILD=1 has it', async () => {
    const main = (await import('@electron/asar'))
      .extractFile(join(unpacked, 'resources', 'app.asar'), 'out/main/index.js')
      .toString('utf8');
    expect(main).toContain('createPopoverWindow');
    for (const probe of ['executeJavaScript', '__omiTrayInline', 'function runPageSmoke'])
      expect(main).not.toContain(probe);
  });

  it("unpacks keytar's native module, and it loads", () => {
    const native = join(
      unpacked,
      'resources',
      'app.asar.unpacked',
      'node_modules',
      'keytar',
      'build',
      'Release',
      'keytar.node',
    );
    expect(existsSync(native)).toBe(true);
    const keytar = createRequire(import.meta.url)(native) as Record<string, unknown>;
    expect(typeof keytar.getPassword).toBe('function');
    expect(typeof keytar.setPassword).toBe('function');
  });

  it('puts the tray icons where app-paths.ts looks for them (resources/tray)', () => {
    const shipped = readdirSync(join(unpacked, 'resources', 'tray')).sort();
    expect(shipped).toEqual(readdirSync(join(root, 'resources', 'tray')).sort());
  });

  it('has the right name, id and version, and the fuses flipped', async () => {
    expect(existsSync(join(unpacked, 'omi-tray'))).toBe(true);
    const inside = JSON.parse(
      (await import('@electron/asar'))
        .extractFile(join(unpacked, 'resources', 'app.asar'), 'package.json')
        .toString('utf8'),
    ) as { name: string; version: string; productName: string; main: string };
    expect(inside).toMatchObject({
      name: 'omi-tray',
      version: pkg.version,
      productName: 'Omi Tray',
      main: './out/main/index.js',
    });
    expect(await readFile(join(root, 'electron-builder.yml'), 'utf8')).toMatch(/^appId: me\.omi\.tray\b/m);
    const binary = await readFile(join(unpacked, 'omi-tray'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + SHIPPED_FUSES.length).toString('latin1');
    const fuses = Object.fromEntries(FUSE_NAMES.map((name, index) => [name, wire[index] === '1']));
    expect(fuses).toEqual({
      runAsNode: false,
      cookieEncryption: true,
      nodeOptions: false,
      nodeCliInspect: false,
      asarIntegrity: true,
      onlyLoadAppFromAsar: true,
      v8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
