import { DEFAULT_THEME, defaultVariantColorsResolver, mergeMantineTheme, toRgba } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { cssVariablesResolver, legible, theme } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const light = cssVariablesResolver(full).light;
const white = full.white;
const striped = full.colors.gray[0];

/** WCAG 2.1's contrast ratio, written out here rather than taken from the code under test. */
function ratio(a: string, b: string): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (color: string) => {
    const { r, g, b } = toRgba(color);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function variable(name: `--${string}`): string {
  const value = light[name];
  expect(value, name).toBeDefined();
  return value!;
}

describe('the theme keeps text at 4.5:1 (WCAG 2.1 AA)', () => {
  it('for dimmed text, errors and links on white and on striped rows, and for placeholders', () => {
    for (const name of [
      '--mantine-color-dimmed',
      '--mantine-color-error',
      '--mantine-color-anchor',
    ] as const) {
      expect(ratio(variable(name), white), name).toBeGreaterThanOrEqual(4.5);
      expect(ratio(variable(name), striped), name).toBeGreaterThanOrEqual(4.5);
    }
    expect(ratio(variable('--mantine-color-placeholder'), white)).toBeGreaterThanOrEqual(4.5);
  });

  it('for the text of every colour, and of its light, subtle and outline variants', () => {
    for (const [name, shades] of Object.entries(full.colors)) {
      for (const background of [white, striped]) {
        expect(ratio(variable(`--mantine-color-${name}-text`), background), name).toBeGreaterThanOrEqual(4.5);
        expect(ratio(variable(`--mantine-color-${name}-outline`), background), name).toBeGreaterThanOrEqual(
          4.5,
        );
      }
      for (const background of [white, striped, shades[1], shades[2]]) {
        expect(
          ratio(variable(`--mantine-color-${name}-light-color`), background),
          name,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('for the black or white text on every filled colour', () => {
    const shade = typeof full.primaryShade === 'number' ? full.primaryShade : full.primaryShade.light;
    for (const [name, shades] of Object.entries(full.colors)) {
      const { color } = defaultVariantColorsResolver({ color: name, theme: full, variant: 'filled' });
      const text = color === 'var(--mantine-color-black)' ? full.black : white;
      expect(ratio(text, shades[shade]), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('darkens a colour only as far as it must', () => {
    expect(legible(full.colors.indigo[9], [white])).toBe(full.colors.indigo[9]);
    const dimmed = ratio(variable('--mantine-color-dimmed'), white);
    expect(dimmed).toBeLessThan(5);
  });
});
