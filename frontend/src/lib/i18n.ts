import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import { BUNDLES, FEATURE_STRINGS, type Bundle, type Feature } from '../locales/bundles';
import { core } from '../locales/ru/core';

void i18n.use(initReactI18next).init({
  // i18next extends the object it is given as bundles arrive: a copy keeps the core as it is written.
  resources: { ru: { translation: structuredClone(core) } },
  lng: 'ru',
  fallbackLng: 'ru',
  interpolation: { escapeValue: false },
});

/** Adds a feature's strings to the one namespace, so that keys read the same wherever their strings came from. */
export function addStrings(strings: object) {
  i18n.addResourceBundle('ru', 'translation', strings, true, true);
}

const loaded = new Map<Bundle, Promise<void>>();

/** Fetches the strings the features' components read; each bundle once. */
export function loadStrings(features: Feature[]): Promise<void> {
  const bundles = new Set<Bundle>(features.flatMap((f) => FEATURE_STRINGS[f]));
  return Promise.all(
    [...bundles].map((b) => {
      let done = loaded.get(b);
      if (!done) {
        done = BUNDLES[b]().then((m) => addStrings(m.default));
        // A failed fetch is tried again next time rather than remembered.
        done.catch(() => loaded.delete(b));
        loaded.set(b, done);
      }
      return done;
    }),
  ).then(() => undefined);
}

export default i18n;
