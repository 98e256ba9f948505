import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { expect, test } from 'vitest';

// The same layering eslint.config.js enforces, checked in `npm test` too (lint is not part of it yet):
// app → features → {data, components, config} → lib, and features never import each other.
// config/ holds the table of paths and the URL grammars, which the app and every feature share.
const src = resolve(import.meta.dirname, '..');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every import of a file, as a path relative to src/ ("features/people/person-page.tsx"), packages left out. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].flatMap(([, specifier]) => {
    if (specifier!.startsWith('#src/')) return [specifier!.slice('#src/'.length)];
    if (specifier!.startsWith('.')) return [relative(src, resolve(dirname(file), specifier!))];
    return [];
  });
}

const rules: { from: string; forbidden: (target: string, source: string) => boolean; why: string }[] = [
  { from: 'features', forbidden: (target, source) => target.startsWith('features/') && target.split('/')[1] !== source.split('/')[1], why: 'features do not import each other' },
  { from: 'features', forbidden: (target) => target.startsWith('app/'), why: 'features do not import the app shell' },
  { from: 'config', forbidden: (target) => /^(features|components|app)\//.test(target), why: 'paths and URL grammars know no UI' },
  { from: 'components', forbidden: (target) => /^(features|app)\//.test(target), why: 'shared components do not know features or the app' },
  { from: 'lib', forbidden: (target) => /^(features|components|data|app)\//.test(target), why: 'lib is generic' },
  { from: 'data', forbidden: (target) => /^(features|components|app)\//.test(target), why: 'data knows no UI' },
];

test.each(rules)('$from: $why', ({ from, forbidden }) => {
  const offenders = filesUnder(join(src, from))
    .filter((file) => !/\.test\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = relative(src, file);
      return importsOf(file).filter((target) => forbidden(target, source)).map((target) => `${source} → ${target}`);
    });
  expect(offenders).toEqual([]);
});
