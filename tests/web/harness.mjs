// The harness of the browser tests: arguments, checks that print one line each
// and throw at the first failure, screenshots, waits, the API, and a runner
// that opens Chromium (playwright-core), runs the tests in order on one page
// and fails on any uncaught page error or unexpected console error.
//   node tests/web/X.test.mjs --url http://127.0.0.1:PORT/ --out DIR
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
export const base = new URL(arg('url', 'http://127.0.0.1:8080/'));
const out = resolve(arg('out', 'web-test-out'));
mkdirSync(out, { recursive: true });
export const WAIT = 15000;

let passed = 0;
let step = 0;
const pageErrors = [];
// Browser console errors fail the test, except those a test declares it causes
// on purpose (expectConsoleError) before it causes them.
const consoleErrors = [];
let expectedConsole = null;
export function expectConsoleError(pattern) {
  expectedConsole = pattern;
}

export class CheckFailed extends Error {}
export function check(ok, what, detail = '') {
  if (!ok) throw new CheckFailed(`${what}${detail ? `: ${detail}` : ''}`);
  passed++;
  console.log(`ok ${passed} - ${what}`);
}
export function noPageErrors() {
  if (pageErrors.length) throw new CheckFailed(`uncaught page error: ${pageErrors.join(' | ')}`);
  if (consoleErrors.length) throw new CheckFailed(`browser console error: ${consoleErrors.join(' | ')}`);
  expectedConsole = null;
}
// A screenshot of the whole page, or of one element (a CSS selector).
export async function shot(page, name, selector) {
  step++;
  const file = join(out, `${String(step).padStart(2, '0')}-${name}.png`);
  if (selector) await page.locator(selector).screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: true });
}
export async function waitFor(page, fn, arg, what) {
  try {
    await page.waitForFunction(fn, arg, { timeout: WAIT });
  } catch (e) {
    throw new CheckFailed(`${what} (waited ${WAIT / 1000} s)`);
  }
}
export async function getJSON(path) {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new CheckFailed(`GET ${path}: ${res.status}`);
  return res.json();
}
export async function run(tests) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  let failed = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT);
    page.on('pageerror', (e) => {
      pageErrors.push(e.message);
      console.error(`page error: ${e.message}`);
    });
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      console.error(`browser console: ${m.text()}`);
      if (!(expectedConsole && expectedConsole.test(m.text()))) consoleErrors.push(m.text());
    });
    for (const t of tests) await t(page);
  } catch (e) {
    failed = e;
  } finally {
    await browser.close();
  }
  if (failed) {
    console.error(`FAIL: ${failed instanceof CheckFailed ? failed.message : failed.stack || failed}`);
    console.log(`${passed} passed, 1 failed`);
    process.exit(1);
  }
  console.log(`${passed} passed, 0 failed`);
}

