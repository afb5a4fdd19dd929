/**
 * The packaging hook that refuses a keytar.node built for another system or processor than the
 * package (scripts/packaging/native-binary.cjs), on hand-made headers of each binary format.
 */
import { describe, expect, it } from 'vitest';
import { binaryTarget, mismatch } from '../../../../scripts/packaging/native-binary.cjs';

function elf(machine: number): Buffer {
  const bytes = Buffer.alloc(64);
  bytes.writeUInt32BE(0x7f454c46, 0);
  bytes.writeUInt16LE(machine, 18);
  return bytes;
}

function machO(cpu: number): Buffer {
  const bytes = Buffer.alloc(32);
  bytes.writeUInt32LE(0xfeedfacf, 0);
  bytes.writeUInt32LE(cpu, 4);
  return bytes;
}

function universalMachO(cpus: number[]): Buffer {
  const bytes = Buffer.alloc(8 + cpus.length * 20);
  bytes.writeUInt32BE(0xcafebabe, 0);
  bytes.writeUInt32BE(cpus.length, 4);
  cpus.forEach((cpu, index) => bytes.writeUInt32BE(cpu, 8 + index * 20));
  return bytes;
}

function pe(machine: number): Buffer {
  const bytes = Buffer.alloc(0x100);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.writeUInt32BE(0x50450000, 0x80);
  bytes.writeUInt16LE(machine, 0x84);
  return bytes;
}

describe('which system and processor a native binary is for', () => {
  it.each([
    ['Linux x64', elf(0x3e), { platform: 'linux', arches: ['x64'] }],
    ['Linux arm64', elf(0xb7), { platform: 'linux', arches: ['arm64'] }],
    ['macOS Intel', machO(0x01000007), { platform: 'darwin', arches: ['x64'] }],
    ['macOS Apple silicon', machO(0x0100000c), { platform: 'darwin', arches: ['arm64'] }],
    ['macOS universal', universalMachO([0x01000007, 0x0100000c]), { platform: 'darwin', arches: ['x64', 'arm64'] }],
    ['Windows x64', pe(0x8664), { platform: 'win32', arches: ['x64'] }],
    ['Windows arm64', pe(0xaa64), { platform: 'win32', arches: ['arm64'] }],
  ])('reads %s', (_name, bytes, target) => {
    expect(binaryTarget(bytes)).toEqual(target);
  });

  it('knows no script or text file as a binary', () => {
    expect(binaryTarget(Buffer.from('#!/bin/sh\necho hello\n'))).toBeNull();
  });
});

describe('a keytar.node that does not fit the package', () => {
  it('passes the binary built for the package', () => {
    expect(mismatch({ platform: 'linux', arches: ['x64'] }, 'linux', 'x64')).toBeNull();
    expect(mismatch({ platform: 'darwin', arches: ['x64', 'arm64'] }, 'darwin', 'universal')).toBeNull();
  });

  it('stops the build in words for another processor, another system, or half a universal app', () => {
    expect(mismatch({ platform: 'darwin', arches: ['x64'] }, 'darwin', 'arm64')).toBe(
      "The packed keytar.node is built for darwin x64, not for darwin arm64: run npm ci on a darwin arm64 machine, or fetch keytar's prebuilt binary for it, before packaging.",
    );
    expect(mismatch({ platform: 'linux', arches: ['x64'] }, 'win32', 'x64')).toContain('not for win32 x64');
    expect(mismatch({ platform: 'darwin', arches: ['arm64'] }, 'darwin', 'universal')).toContain(
      'not for darwin x64+arm64',
    );
    expect(mismatch(null, 'linux', 'x64')).toBe('The packed keytar.node is no native binary this build knows.');
  });
});
