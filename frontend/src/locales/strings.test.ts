import { describe, expect, it } from 'vitest';

import { FEATURE_STRINGS, type Bundle, type Feature } from './bundles';
import { core } from './ru/core';

type Tree = { [key: string]: Tree | string };

const bundles = Object.fromEntries(
  Object.entries(import.meta.glob<Tree>('./ru/*.ts', { eager: true, import: 'default' }))
    .filter(([, strings]) => strings)
    .map(([path, strings]) => [path.slice('./ru/'.length, -'.ts'.length), strings]),
) as Record<Bundle, Tree>;

const sources = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../locales/**', '!../test/**', '!../lib/api/**'],
  { eager: true, query: '?raw', import: 'default' },
);

function merge(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    const present = target[key];
    target[key] =
      typeof value === 'object' && typeof present === 'object'
        ? merge({ ...present }, value)
        : typeof value === 'object'
          ? merge({}, value)
          : value;
  }
  return target;
}

function stringsOf(names: Bundle[]): Tree {
  return names.reduce((all, name) => merge(all, bundles[name]), merge({}, core as unknown as Tree));
}

const everything = stringsOf(Object.keys(bundles) as Bundle[]);

/**
 * The keys a source names: whole (`'nav.monitoring'`), as the start of a template (`` `forms.${form}` ``) or as
 * the node a component picks from (`labels="plan.modes"`). A literal of that shape that is no key anywhere (a field
 * path, a file name) is not one.
 */
function keysOf(source: string): { key: string; prefix: boolean }[] {
  return [...source.matchAll(/(['"`])([a-z][a-zA-Z]*\.[\w.]*?)(\$\{|\1)/g)]
    .map((m) => ({ key: m[2]!, prefix: m[3] === '${' }))
    .filter(({ key, prefix }) => resolves(everything, key, prefix));
}

function resolves(strings: Tree, key: string, prefix: boolean): boolean {
  const path = key.split('.');
  const last = path.pop()!;
  let node: Tree | string | undefined = strings;
  for (const part of path) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'object') {
    return false;
  }
  if (prefix) {
    return Object.keys(node).some((k) => k.startsWith(last));
  }
  // i18next's plurals: `count` is `count_one`, `count_few`, `count_many`, `count_other` in Russian.
  return node[last] !== undefined || typeof node[`${last}_other`] === 'string';
}

function featureOf(path: string): Feature | null {
  const m = /^\.\.\/features\/([a-z]+)\//.exec(path);
  return m ? (m[1] as Feature) : null;
}

/** What a file may read: the core, and for a feature's file what the feature's pages load with it. */
function allowedFor(path: string): Tree[] {
  const feature = featureOf(path);
  if (feature) {
    return [stringsOf(FEATURE_STRINGS[feature])];
  }
  const ui = /^\.\.\/components\/ui\/(\w+)\.tsx?$/.exec(path);
  if (ui) {
    // A shared component reads what each feature that uses it loads; used by the shell, the core alone.
    const users = Object.entries(sources)
      .filter(([other, text]) => other !== path && text.includes(`components/ui/${ui[1]}'`))
      .map(([other]) => featureOf(other));
    if (users.length > 0 && users.every((f) => f !== null)) {
      return [...new Set(users)].map((f) => stringsOf(FEATURE_STRINGS[f]));
    }
  }
  return [stringsOf([])];
}

describe('the strings each page loads', () => {
  it('finds the keys the code names', () => {
    expect(keysOf(sources['../app/Layout.tsx']!)).toContainEqual({ key: 'nav.monitoring', prefix: false });
    expect(Object.keys(sources).length).toBeGreaterThan(100);
  });

  for (const [path, source] of Object.entries(sources)) {
    const keys = keysOf(source);
    if (keys.length === 0) {
      continue;
    }
    it(`has every key ${path.slice(3)} reads among the strings loaded with it`, () => {
      const missing = allowedFor(path).flatMap((strings) =>
        keys.filter(({ key, prefix }) => !resolves(strings, key, prefix)).map(({ key }) => key),
      );
      expect([...new Set(missing)]).toEqual([]);
    });
  }
});
