import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distDir, openPage, readCorpus, useSiteAndBrowser, waitForView } from './support.ts';

const live = useSiteAndBrowser();

test('the built index.html carries a Content-Security-Policy that forbids inline scripts', () => {
  const html = readFileSync(`${distDir}/index.html`, 'utf8');
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('every view runs under the policy without a violation, and an injected inline script does not run', async () => {
  const article = readCorpus().articles[0]!;
  const { page, errors } = await openPage(live.browser);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  for (const path of ['/', '/people', '/quotes', '/my-pages', '/charts', '/?group=story', `/articles/${article.id}`]) {
    await page.goto(`${live.site.url}${path}`);
    await waitForView(page);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
  }
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { inlineRan?: boolean }).inlineRan ?? false;
  });
  expect(ran).toBe(false);
  expect(errors.filter((error) => !/Content Security Policy/.test(error))).toEqual([]);
});
