import { expect, test } from '@playwright/test';
import { buildSummary } from '../../reports/aggregate';
import { renderHtml } from '../../reports/html';
import { renderJunit, xmlEscape } from '../../reports/junit';
import { REGISTERED, SYNTHETIC_RUN, syntheticTests } from './synthetic';

const summary = buildSummary(syntheticTests(), SYNTHETIC_RUN, { registered: REGISTERED });

test('the page is self-contained: no external script, style, image, font or link', () => {
  const page = renderHtml(summary);
  expect(page).not.toMatch(/<(script|img|link|iframe)[^>]*\s(src|href)=/i);
  expect(page).not.toMatch(/url\(\s*['"]?https?:/i);
  expect(page).not.toMatch(/@import/);
  expect(page).toContain("default-src 'none'");
});

test('the page escapes every value: markup in a failure message is shown, not rendered', () => {
  const page = renderHtml(summary);
  expect(page).not.toContain('<b>"b"</b>');
  expect(page).toContain('&lt;b&gt;&quot;b&quot;&lt;/b&gt;');
  const hostile = buildSummary(
    syntheticTests(),
    { ...SYNTHETIC_RUN, target: '"><script>alert(1)</script>' },
    { registered: REGISTERED },
  );
  expect(renderHtml(hostile)).not.toContain('<script>alert(1)</script>');
});

test('the page leads with the verdict and shows run facts', () => {
  const page = renderHtml(summary);
  expect(page.indexOf('data-verdict="fail"')).toBeLessThan(page.indexOf('id="matrix"'));
  for (const fact of ['v1.1-preview.1', 'example-face.cognitiveservices.azure.com', '2 min 5 s', '>28<']) {
    expect(page).toContain(fact);
  }
});

test('junit: one testsuite per operation, a testcase per check × operation, failures and skips', () => {
  const xml = renderJunit(summary);
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
  expect(xml.match(/<testsuite /g)).toHaveLength(5); // 4 operations with cells + playwright
  expect(xml).toContain('<testsuite name="getLivenessSessions" tests="2" failures="1" errors="0" skipped="0">');
  expect(xml).toContain('name="listSortedById × getLivenessSessions"');
  expect(xml).toMatch(/<failure message="items are not sorted by id: &lt;b&gt;&quot;b&quot;&lt;\/b&gt;/);
  expect(xml).toMatch(/<skipped message="the target does not simulate device calls/);
  expect(xml).toContain('<testsuite name="playwright" tests="1" failures="1"');
  expect(xml).toMatch(/tests="6" failures="3" errors="0" skipped="1"/);
});

test('xmlEscape drops characters XML cannot carry', () => {
  expect(xmlEscape('a\u0000b\u001bc<&>')).toBe('abc&lt;&amp;&gt;');
});
