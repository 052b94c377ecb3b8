// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The package README promises to list every class, part, data attribute, state and variable a
// theme can hook onto. This reads them out of the widgets' source and fails on any it lacks.

const srcDir = fileURLToPath(new URL('.', import.meta.url));
// Fenced examples are left out: their triple backticks would pair up the inline `code` spans wrongly.
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8').replace(
  /^```[^]*?^```/gm,
  '',
);

const isTestFile = (path: string) =>
  /\.test(-d)?\.tsx?$|[/\\]test[/\\]|fixtures\.ts$|testing\.tsx$|\.d\.ts$/.test(path);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(entry.name) && !isTestFile(path) ? [path] : [];
  });
}

const files = sourceFiles(srcDir).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const css = files.filter((f) => f.path.endsWith('.css')).map((f) => f.text);
const code = files.filter((f) => !f.path.endsWith('.css')).map((f) => f.text);

const name = String.raw`[a-z0-9]+(?:-[a-z0-9]+)*`;
const className = String.raw`ck-${name}(?:__${name})?`;

function all(texts: string[], pattern: RegExp): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(pattern)) found.add(match[1]!);
  return found;
}

/** Classes: `.ck-…` selectors in CSS, and `ck-…` words inside string literals in code. */
const classes = new Set([
  ...all(css, new RegExp(String.raw`\.(${className})(?![\w-])`, 'g')),
  ...all(code, new RegExp(String.raw`(?<=['"\x60\s])(${className})(?=['"\x60\s])`, 'g')),
]);
const parts = new Set([
  ...all(code, new RegExp(String.raw`\b(?:data-)?part="(${name})"`, 'g')),
  ...all(css, new RegExp(String.raw`\[data-part='(${name})'\]`, 'g')),
]);
const attributes = all([...code, ...css], /(?<![\w-])(data-[a-z]+(?:-[a-z]+)*)(?=[=\]\s'"])/g);
const states = new Set([
  ...all(code, new RegExp(String.raw`data-state="(${name})"`, 'g')),
  ...all(css, new RegExp(String.raw`\[data-state='(${name})'\]`, 'g')),
  // Literals of an expression: data-state={shown ? 'on' : 'off'}
  ...[...all(code, /data-state=\{([^}]*)\}/g)].flatMap((expression) =>
    [...expression.matchAll(/'([a-z_-]+)'/g)].map((m) => m[1]!),
  ),
]);
const variables = all([...code, ...css], /(?<![\w-])(--ck-[a-z0-9]+(?:-[a-z0-9]+)*)(?![\w-])/g);

/** Every `code` span of the README, split into words (so `loading | error` gives both). */
const readmeWords = new Set(
  [...readme.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.split(/[\s|,()=":]+/).filter(Boolean)),
);

/**
 * Classes the README names: full ones, and BEM shorthand (`__value` after `ck-credit-balance__body`
 * or after `ck-error`) expanded with the block last named in the same paragraph or list item.
 */
function readmeClasses(): Set<string> {
  const named = new Set<string>();
  for (const chunk of readme.split(/\n\s*\n|\n(?=\s*- )/)) {
    let block: string | undefined;
    for (const match of chunk.matchAll(new RegExp(String.raw`\x60(?:(ck-${name})(__${name})?|(__${name}))`, 'g'))) {
      if (match[1]) {
        block = match[1];
        named.add(match[1] + (match[2] ?? ''));
      } else if (block) {
        named.add(block + match[3]!);
      }
    }
  }
  return named;
}

const missing = (used: Set<string>, documented: (item: string) => boolean) =>
  [...used].filter((item) => !documented(item)).sort();

describe('the package README', () => {
  it('reads a plausible amount of source (the patterns still match it)', () => {
    expect(classes.size).toBeGreaterThan(100);
    expect(parts.size).toBeGreaterThan(60);
    expect(variables.size).toBeGreaterThan(30);
    expect(attributes).toContain('data-label');
  });

  it('names every class used in the source', () => {
    const named = readmeClasses();
    expect(missing(classes, (c) => named.has(c))).toEqual([]);
  });

  it('names every data-part value', () => {
    expect(missing(parts, (p) => readmeWords.has(p))).toEqual([]);
  });

  it('names every data-* attribute and every data-state value', () => {
    expect(missing(attributes, (a) => readmeWords.has(a))).toEqual([]);
    expect(missing(states, (s) => readmeWords.has(s))).toEqual([]);
  });

  it('names every --ck-* variable', () => {
    expect(missing(variables, (v) => readmeWords.has(v))).toEqual([]);
  });
});
