import { expect, signInAs, test } from '../fixtures';
import { SCREENS } from '../pages/screens';

/**
 * With the demo's hostile mode on, every name, comment and composition starts with a script or
 * markup payload (src/demo/hostile.ts). Each screen must show them as text: nothing runs, no
 * element is injected, no link carries `javascript:`.
 */
const INJECTED =
  'iframe, object, embed, marquee, base, meta[http-equiv], form[action^="javascript" i], ' +
  '[onerror], [onload], [onfocus], [ontoggle], [onbegin], [onstart], [onclick], script:not([src])';

for (const screen of SCREENS) {
  const user = screen.user;
  // A local screen (the planner's list) shows nothing the server wrote.
  if (!user || screen.local) continue;
  test(`hostile data is inert: ${screen.name}`, async ({ page, context }) => {
    await context.addCookies([
      { name: 'ispyb-demo-hostile', value: '1', domain: '127.0.0.1', path: '/' },
    ]);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await signInAs(page, user);
    await page.goto(screen.url);
    await screen.ready(page);

    // The payloads are there, as text.
    // (four payloads do not mention window.__xss: they are recognised by their own text)
    await expect(page.locator('body')).toContainText(
      /window\.__xss|<XSS>|display:none!important|PHNjcmlwdD53aW5kb3cuX194c3M9|gnp\.exe/,
    );
    const state = await page.evaluate((selector) => {
      const win = window as unknown as { __xss?: unknown };
      return {
        ran: win.__xss !== undefined,
        injected: Array.from(document.querySelectorAll(selector)).map((el) => el.outerHTML),
        scriptLinks: Array.from(document.querySelectorAll('a[href], area[href]'))
          .map((el) => el.getAttribute('href') ?? '')
          .filter((href) => /^\s*(javascript|data|vbscript):/i.test(href)),
        hidden: getComputedStyle(document.body).display === 'none',
      };
    }, INJECTED);
    expect(state.ran, 'a payload ran').toBe(false);
    expect(state.injected, 'injected elements').toEqual([]);
    expect(state.scriptLinks, 'script links').toEqual([]);
    expect(state.hidden, 'an injected stylesheet hid the page').toBe(false);
    expect(dialogs).toEqual([]);
  });
}
