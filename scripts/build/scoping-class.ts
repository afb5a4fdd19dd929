/**
 * The class Svelte adds to every element a component's styles reach, and to each of their selectors:
 * "s" and the last four characters of Svelte's hash of those styles (Svelte's own is "svelte-" and
 * the whole hash, up to seven, carried some 570 times by the popover). The last ones: the hash is a
 * 32-bit number in base 36, so its first character is nearly always 1 or missing. Four base-36
 * characters leave about a 1 in 1,300 chance that two of some 50 components share one; if two
 * different style sheets ever do, the build stops and says so, rather than let one component's
 * styles reach the other's elements.
 */
export const SCOPING_HASH_LENGTH = 4;

interface StylesToScope {
  /** Svelte's hash function. */
  hash: (input: string) => string;
  css: string;
  filename?: string;
}

/** A cssHash for Svelte's compiler options; each build makes its own, which remembers what it named. */
export function shortScopingClass(): (styles: StylesToScope) => string {
  const named = new Map<string, { css: string; filename: string | undefined }>();
  return ({ hash, css, filename }) => {
    const name = `s${hash(css).slice(-SCOPING_HASH_LENGTH)}`;
    const earlier = named.get(name);
    if (earlier !== undefined && earlier.css !== css)
      throw new Error(
        `Two components' styles got the same scoping class "${name}" (${earlier.filename ?? 'a component'} and ` +
          `${filename ?? 'a component'}): make SCOPING_HASH_LENGTH in scripts/build/scoping-class.ts longer.`,
      );
    named.set(name, { css, filename });
    return name;
  };
}
