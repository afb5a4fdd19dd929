/**
 * Removes secrets from text before it is logged. Known key shapes and Bearer headers are always
 * removed; the key in use is registered too, so a key of an unexpected shape is still hidden.
 */
const REDACTED = '[redacted]';

/** Omi developer and MCP keys, and anything sent as a Bearer credential. */
const KEY_PATTERNS: readonly RegExp[] = [/\bomi_(?:dev|mcp)_[A-Za-z0-9_\-.]*/g, /\bBearer\s+[^\s"',;]+/gi];

/** Registered values shorter than this are not redacted: replacing every "a" would make logs useless. */
const MIN_SECRET_LENGTH = 6;

export class Redactor {
  private readonly secrets = new Set<string>();

  /** Hides this exact value in every line from now on. */
  register(secret: string): void {
    const value = secret.trim();
    if (value.length >= MIN_SECRET_LENGTH) this.secrets.add(value);
  }

  forget(secret: string): void {
    this.secrets.delete(secret.trim());
  }

  redact(text: string): string {
    let result = text;
    // Registered values first: a key of any shape, also one that no pattern would recognise.
    for (const secret of this.secrets) result = result.split(secret).join(REDACTED);
    for (const pattern of KEY_PATTERNS)
      result = result.replace(pattern, (match) =>
        match.toLowerCase().startsWith('bearer') ? `Bearer ${REDACTED}` : REDACTED,
      );
    return result;
  }
}
