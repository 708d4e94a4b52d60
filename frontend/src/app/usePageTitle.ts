import { useEffect, type RefObject } from 'react';

import i18n from '../lib/i18n';

/**
 * Keeps the browser tab's title on the page's h1 (WCAG 2.4.2): whichever page is shown, and whenever its data
 * arrive. Screen readers announce it, and the history and the tabs tell the pages apart.
 */
export function usePageTitle(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) {
      return;
    }
    const app = i18n.t('app.name');
    const update = () => {
      const heading = element.querySelector('h1')?.textContent?.trim();
      const title = heading && heading !== app ? `${heading} — ${app}` : app;
      if (document.title !== title) {
        document.title = title;
      }
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [root]);
}
