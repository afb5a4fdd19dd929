/** Types of native-binary.cjs, for the tests that import it. */
interface BinaryTarget {
  platform: 'linux' | 'darwin' | 'win32';
  arches: string[];
}

export declare function binaryTarget(bytes: Buffer): BinaryTarget | null;
export declare function mismatch(found: BinaryTarget | null, platform: string, arch: string): string | null;
