/**
 * Ends a figures command with its own exit code, or 1 with the error when it threw. Exits
 * explicitly: the harness keeps its renderer server open for the life of the process.
 */
export function exitWith(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
