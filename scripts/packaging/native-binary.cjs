/**
 * electron-builder's afterPack hook (electron-builder.yml). The keychain module, keytar, ships as the
 * prebuilt native binary `npm ci` put in node_modules (npmRebuild: false: packaging downloads and
 * compiles nothing). keytar is N-API, so that binary loads in Electron as it is, but only on the
 * system and processor it was built for. This reads the binary's header in the packed app and stops
 * the build, in words, when it is not the package's (say, an arm64 Mac package from an Intel
 * machine's node_modules). CommonJS: electron-builder loads hooks with require.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

/** electron-builder's Arch enum, by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'armv7l', 0x3e: 'x64', 0xb7: 'arm64' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' };

/**
 * The system and processors a native binary was built for, from its header: ELF (Linux), Mach-O or
 * a universal Mach-O (macOS), PE (Windows). Null when the header is none of these.
 */
function binaryTarget(bytes) {
  if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
    return { platform: 'linux', arches: [ELF_MACHINES[bytes.readUInt16LE(18)] ?? 'unknown'] };
  }
  if (bytes.length >= 8 && bytes.readUInt32LE(0) === 0xfeedfacf) {
    return { platform: 'darwin', arches: [MACHO_CPUS[bytes.readUInt32LE(4)] ?? 'unknown'] };
  }
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xcafebabe) {
    const count = bytes.readUInt32BE(4);
    const arches = [];
    for (let index = 0; index < count && 8 + index * 20 + 4 <= bytes.length; index += 1)
      arches.push(MACHO_CPUS[bytes.readUInt32BE(8 + index * 20)] ?? 'unknown');
    return { platform: 'darwin', arches };
  }
  if (bytes.length >= 0x40 && bytes.readUInt16BE(0) === 0x4d5a) {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 <= bytes.length && bytes.readUInt32BE(pe) === 0x50450000) {
      return { platform: 'win32', arches: [PE_MACHINES[bytes.readUInt16LE(pe + 4)] ?? 'unknown'] };
    }
  }
  return null;
}

/** Null when `found` runs on `platform`/`arch`; otherwise why not, in one sentence. */
function mismatch(found, platform, arch) {
  const wanted = arch === 'universal' ? ['x64', 'arm64'] : [arch];
  if (found === null) return 'The packed keytar.node is no native binary this build knows.';
  if (found.platform === platform && wanted.every((one) => found.arches.includes(one))) return null;
  return `The packed keytar.node is built for ${found.platform} ${found.arches.join('+')}, not for ${platform} ${wanted.join('+')}: run npm ci on a ${platform} ${wanted.join('+')} machine, or fetch keytar's prebuilt binary for it, before packaging.`;
}

async function afterPack(context) {
  const arch = ARCH_NAMES[context.arch] ?? String(context.arch);
  const binary = join(
    context.packager.getResourcesDir(context.appOutDir),
    'app.asar.unpacked',
    'node_modules',
    'keytar',
    'build',
    'Release',
    'keytar.node',
  );
  const problem = mismatch(binaryTarget(readFileSync(binary)), context.electronPlatformName, arch);
  if (problem !== null) throw new Error(problem);
  console.log(`  • keytar.node matches ${context.electronPlatformName} ${arch}`);
}

exports.binaryTarget = binaryTarget;
exports.mismatch = mismatch;
exports.default = afterPack;
