/**
 * The words the page's own files show, read from the source: the text of every Svelte component
 * (with each `{expression}` in it written as a long realistic value), the names and hints it gives
 * (aria-label, title, placeholder, label), the lines its markup's expressions choose between, and the
 * sentences in the page's .ts files and in the components' scripts. Style, comments and markup are left out; a block (`{#if}`, `{:else}`, a tag
 * that is not inline) ends a line. The sentences of the main process's and core's .ts files too,
 * for the names they use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../../..');
/**
 * What an expression inside a line of text stands for: a short day and time. The templates whose
 * values run long (descriptions, server words, far dates) are walked with those values on their own.
 */
const A_VALUE = 'Fri 9:00 AM';
/** A modifier key's name in a hint ("{mod}+Enter"): "Ctrl", "⌘", "Alt+", "⌘⌥". */
const KEY_NAME = /^\{(mod|alt|dueChord)\}$/;
const INLINE = new Set(['strong', 'em', 'b', 'i', 'kbd', 'code', 'a', 'abbr', 'mark', 'small']);
const NAMED = /\b(aria-label|title|placeholder|label|aria-description)="([^"{]*(?:\{[^}]*\}[^"{]*)*)"/g;

function filesIn(folder: string, ending: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending) && !name.endsWith('.d.ts'))
    .map((name) => join(ROOT, folder, name));
}

/** `{…}` with its nested braces and quoted strings, from `start` (an opening brace); the index after it. */
function braceEnd(text: string, start: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (quote !== null) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return index + 1;
  }
  return text.length;
}

/** A tag from `start` (its `<`), braces in attributes skipped; the index after its `>`. */
function tagEnd(text: string, start: number): number {
  let quote: string | null = null;
  for (let index = start + 1; index < text.length; index++) {
    const char = text[index];
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '{') index = braceEnd(text, index) - 1;
    else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return index + 1;
  }
  return text.length;
}

const withValues = (text: string): string => text.replace(/\{[^}]*\}/g, A_VALUE);

/** A component's markup: its source without its scripts, styles and comments. */
const markupOf = (source: string): string =>
  source
    .replace(/<script[\s\S]*?<\/script>/g, '\n')
    .replace(/<style[\s\S]*?<\/style>/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '\n');

/** The lines of text a component's markup shows, and the names and hints in its tags. */
function markupWords(source: string): string[] {
  const markup = markupOf(source);
  const lines: string[] = [];
  const named: string[] = [];
  let line = '';
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  for (let index = 0; index < markup.length;) {
    const char = markup[index];
    if (char === '<' && /[a-zA-Z/]/.test(markup[index + 1] ?? '')) {
      const end = tagEnd(markup, index);
      const tag = markup.slice(index, end);
      for (const [, , value] of tag.matchAll(NAMED)) named.push(withValues(value ?? ''));
      const name = /^<\/?([a-zA-Z][\w.-]*)/.exec(tag)?.[1] ?? '';
      if (!INLINE.has(name)) endLine();
      index = end;
    } else if (char === '{') {
      const end = braceEnd(markup, index);
      if (/^\{[#/:@]/.test(markup.slice(index, index + 2))) endLine();
      else line += KEY_NAME.test(markup.slice(index, end)) ? 'Ctrl' : A_VALUE;
      index = end;
    } else {
      line += char;
      index++;
    }
  }
  endLine();
  return [...lines, ...named]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => /[a-zA-Z]{2}/.test(text.replaceAll(A_VALUE, '')));
}

/** String literals in the page's .ts files that read as a sentence or a label: capitalised, three words or more. */
function libWords(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const [, , text] of code.matchAll(/(['`])((?:\\.|(?!\1)[^\\\n])*)\1/g)) {
    const words = (text ?? '').replace(/\$\{[^}]*\}/g, A_VALUE).replace(/\\(.)/g, '$1');
    if (/^[A-Z“"][^/]*\s\S+\s\S+/.test(words)) found.push(words);
  }
  return found;
}

/**
 * The string literals in the markup's expressions, in text and in attributes alike
 * (`aria-label={due ? `Due date: ${…}` : 'Due date: none'}`): a line chosen in an expression is
 * shown as much as one written out.
 */
function expressionWords(source: string): string[] {
  const markup = markupOf(source);
  const found: string[] = [];
  for (let index = markup.indexOf('{'); index !== -1; index = markup.indexOf('{', index)) {
    const end = braceEnd(markup, index);
    found.push(...libWords(markup.slice(index + 1, end - 1)));
    index = end;
  }
  return found;
}

/** [where, words] for every sentence in the main process's, core's and shared .ts files. */
export function electronWords(): [string, string][] {
  return ['electron/main', 'electron/core', 'electron/shared'].flatMap((folder) =>
    filesIn(folder, '.ts').flatMap((file) =>
      libWords(readFileSync(file, 'utf8')).map((words): [string, string] => [relative(ROOT, file), words]),
    ),
  );
}

/** [where, words] for every line the page's own files show. */
export function pageWords(): [string, string][] {
  const found: [string, string][] = [];
  for (const file of filesIn('src', '.svelte')) {
    const source = readFileSync(file, 'utf8');
    const scripts = [...source.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map(([, script]) => script ?? '');
    for (const words of [...markupWords(source), ...expressionWords(source), ...scripts.flatMap(libWords)])
      found.push([relative(ROOT, file), words]);
  }
  for (const file of filesIn('src', '.ts')) {
    for (const words of libWords(readFileSync(file, 'utf8'))) found.push([relative(ROOT, file), words]);
  }
  return found;
}
