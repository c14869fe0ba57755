import type { Browser } from '@playwright/test';
import { chromium, expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSummary } from '../../reports/aggregate';
import { writeReport } from '../../reports/write';
import { ROOT } from './run';
import { PLANTED, REGISTERED, SYNTHETIC_RUN, cleanSyntheticTests, syntheticTests } from './synthetic';

/** Screenshots for the README are rewritten only on request, so CI never touches docs/. */
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs') : undefined;

let browser: Browser;
let url: string;

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-browser-'));
  const summary = buildSummary(syntheticTests(), SYNTHETIC_RUN, { registered: REGISTERED });
  writeReport(dir, summary, [PLANTED.apiKey, PLANTED.aadToken]);
  url = pathToFileURL(join(dir, 'index.html')).href;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
});

test.afterAll(async () => {
  await browser?.close();
});

test('the report opens offline, leads with the verdict, filters, searches and expands failures', async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) external.push(r.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);

  await expect(page.locator('.verdict')).toHaveText('FAIL');
  await expect(page.locator('#verdict')).toHaveClass(/fail/);
  await expect(page.locator('details.failure')).toHaveCount(3);
  const skippedCell = page.locator('td.cell.skipped');
  await expect(skippedCell).toHaveAttribute('title', /does not simulate device calls/);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'report-overview.png') });

  // Failures only: rows without a failure go, failing rows stay.
  const row = (name: string) => page.locator('table.matrix tbody tr', { hasText: name });
  await page.getByLabel('Failures only').check();
  await expect(row('deviceCallAppendsOneEntry')).toBeHidden();
  await expect(row('listSortedById')).toBeVisible();
  await expect(page.locator('#conflicts')).toBeHidden();

  // Search narrows the failure cards.
  await page.getByLabel('Search the report').fill('listSorted');
  await expect(page.locator('details.failure:visible')).toHaveCount(1);
  await expect(page.locator('#shown-failures')).toHaveText('1');

  // A failed cell links to its failure, which opens.
  await page.getByLabel('Search the report').fill('');
  await row('listSortedById').locator('td.cell.failed a').click();
  const card = page.locator('details.failure', { hasText: 'listSortedById' });
  await expect(card).toHaveAttribute('open', '');
  await expect(card.locator('.diff .expected pre')).toHaveText('ids in ascending order');
  await expect(card).toContainText('FACE_SEED=42 FACE_FC_PATH=3:1');
  await expect(card).toContainText('/1/id');
  await expect(card).not.toContainText(PLANTED.aadToken);
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(SHOTS, 'report-failure.png') });
  }
  expect(external).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

test('a passing run shows a green verdict and no failure cards', async () => {
  const clean = cleanSyntheticTests();
  const dir = mkdtempSync(join(tmpdir(), 'report-browser-pass-'));
  writeReport(dir, buildSummary(clean, { ...SYNTHETIC_RUN, status: 'passed' }, { registered: REGISTERED }), []);
  const page = await browser.newPage({ viewport: { width: 1366, height: 700 } });
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  await expect(page.locator('.verdict')).toHaveText('PASS');
  await expect(page.locator('#verdict')).toHaveClass(/pass/);
  await expect(page.locator('details.failure')).toHaveCount(0);
  await page.close();
});
