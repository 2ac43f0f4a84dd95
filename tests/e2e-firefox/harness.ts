import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Loads the Firefox build into Debian's firefox-esr as a temporary add-on
 * (WebDriver BiDi's webExtension.install, as "Load Temporary Add-on" does),
 * and serves fixture pages at real shop URLs through a small HTTP proxy set
 * in Firefox's preferences: nothing goes to the network. Pages are served
 * over http:// (the proxy speaks plain HTTP); the match patterns cover both.
 */

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Firefox not found: run `apt-get install -y firefox-esr` or set FIREFOX_PATH');
  return found;
}

export interface FirefoxHarness {
  browser: Browser;
  addonId: string;
  /** Serve `html` at `url` (an https:// shop URL is served at its http:// twin); returns the URL to open. */
  serve(url: string, html: string): string;
  open(url: string): Promise<Page>;
  /** Every URL the browser asked the proxy for. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const pages = new Map<string, string>();
  const requests: string[] = [];
  const proxy = http.createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    const body = pages.get(url);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': body === undefined ? 'text/plain' : 'text/html; charset=utf-8' });
    res.end(body ?? 'not served in tests');
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
  const port = (proxy.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // No captive-portal or connectivity probes through the proxy.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    addonId,
    requests,
    serve(url, html) {
      const plain = url.replace(/^https:/, 'http:');
      pages.set(plain, html);
      return plain;
    },
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((r) => proxy.close(() => r()));
    },
  };
}

/** The badge host's public attributes, or null while there is none. */
export async function badgeOn(page: Page): Promise<{ topUp: string | null; term: string | null; placed: boolean; width: number; height: number } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('esim-lens-badge');
    if (!host) return null;
    const r = host.getBoundingClientRect();
    return { topUp: host.getAttribute('data-top-up'), term: host.getAttribute('data-term'), placed: host.hasAttribute('data-placed'), width: r.width, height: r.height };
  });
}

/** Polls `read` until it returns something `ok` accepts, or throws after `timeoutMs`. */
export async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
