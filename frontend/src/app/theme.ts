import { createTheme, darken, DEFAULT_THEME, luminance, rem, type CSSVariablesResolver } from '@mantine/core';

import { core } from '../locales/ru/core';

/** WCAG 2.1 AA for body text (1.4.3), with a little room for rounding. */
const MIN_CONTRAST = 4.55;

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color` darkened just enough to be read on every one of `backgrounds`. */
export function legible(color: string, backgrounds: string[]): string {
  let result = color;
  for (let step = 0; step < 50 && backgrounds.some((b) => contrast(result, b) < MIN_CONTRAST); step++) {
    result = darken(color, (step + 1) * 0.02);
  }
  return result;
}

// Filled buttons and badges use the 8th shade, on which white text stays legible for the darker colours;
// the lighter ones (green, yellow, orange, teal, cyan, lime) get black text instead. The threshold is the
// luminance above which white text falls below 4.5:1 and black text is above it.
const PRIMARY = 'indigo';
const PRIMARY_SHADE = 8;
const LUMINANCE_THRESHOLD = 1.05 / 4.5 - 0.05;

const selectDefaults = { clearButtonProps: { 'aria-label': core.common.clear }, withScrollArea: false };

export const theme = createTheme({
  primaryColor: PRIMARY,
  primaryShade: { light: PRIMARY_SHADE, dark: PRIMARY_SHADE },
  autoContrast: true,
  luminanceThreshold: LUMINANCE_THRESHOLD,
  defaultRadius: 'md',
  // Dialogs, menus and notifications appear without animation for those who asked their system for less motion.
  respectReducedMotion: true,
  // Mantine's icon-only buttons have no text of their own: screen readers get these names. Plain objects rather
  // than Component.extend, which would pull every component named here into the first chunk.
  components: {
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': core.common.close } } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': core.common.close } } },
    Alert: { defaultProps: { closeButtonLabel: core.common.close } },
    Select: { defaultProps: selectDefaults },
    MultiSelect: { defaultProps: selectDefaults },
    // Tooltips open on keyboard focus too: some say why a button is unavailable.
    Tooltip: { defaultProps: { events: { hover: true, focus: true, touch: false } } },
    FileInput: { defaultProps: { clearButtonProps: { 'aria-label': core.common.clear } } },
    // The list of options scrolls itself, not a wrapper inside it: a list that the field controls and
    // navigates with the arrow keys needs no focus of its own, which a wrapper would (and axe says so).
    Combobox: { styles: { options: { maxHeight: rem(220), overflowY: 'auto' } } },
  },
  // Page titles are the pages' only h1, sections h2: each level keeps the size the one below it has by default.
  headings: {
    sizes: {
      h1: DEFAULT_THEME.headings.sizes.h2,
      h2: DEFAULT_THEME.headings.sizes.h3,
      h3: DEFAULT_THEME.headings.sizes.h4,
      h4: DEFAULT_THEME.headings.sizes.h5,
      h5: DEFAULT_THEME.headings.sizes.h6,
      h6: { fontSize: rem(12), lineHeight: '1.5' },
    },
  },
});

/**
 * Mantine's light scheme puts dimmed text, placeholders, errors, links and the text of light, subtle and outline
 * variants below 4.5:1 on white, on striped table rows and on the variants' own tinted backgrounds. Each of those
 * colours is darkened here just enough to pass, so that every use is fixed at once and nothing else changes.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const white = t.white;
  const striped = t.colors.gray[0];
  const page = [white, striped];
  const light: Record<string, string> = {
    '--mantine-color-dimmed': legible(t.colors.gray[6], page),
    '--mantine-color-placeholder': legible(t.colors.gray[5], [white]),
    '--mantine-color-error': legible(t.colors.red[6], page),
    '--mantine-color-anchor': legible(t.colors[PRIMARY][PRIMARY_SHADE], page),
  };
  for (const [name, shades] of Object.entries(t.colors)) {
    light[`--mantine-color-${name}-text`] = legible(shades[PRIMARY_SHADE], page);
    light[`--mantine-color-${name}-outline`] = legible(shades[PRIMARY_SHADE], page);
    light[`--mantine-color-${name}-light-color`] = legible(shades[9], [...page, shades[1], shades[2]]);
  }
  return { variables: {}, light, dark: {} };
};
