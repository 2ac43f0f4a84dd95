import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Frame, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/bench/chromium';

/**
 * Loads the production build into headless Chromium and serves pages at real
 * shop URLs with context.route, so the real match patterns run on
 * real-looking URLs without any network. Every request is recorded: tests
 * check that nothing but the served pages was asked for.
 */

/** The production build; ESIM_LENS_EXTENSION_DIR points elsewhere (benches compare an older build with it). */
export const EXTENSION_DIR = process.env.ESIM_LENS_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request: its URL, and the page or worker that made it. */
  requests: Array<{ url: string; from: string }>;
  serve(url: string, html: string): void;
  open(url: string): Promise<Page>;
  /** The verdict the background stored for the page at `url` (waits for it). */
  verdictFor(url: string, timeoutMs?: number): Promise<Record<string, any> | null>;
  /** Stops the extension's service worker, as the browser does to an idle one (CDP ServiceWorker.stopAllWorkers). */
  stopWorker(): Promise<void>;
  /** How many times the worker has been seen stopped since the first stopWorker(). */
  readonly workerStops: number;
  close(): Promise<void>;
}

export interface Device {
  viewport: { width: number; height: number };
  isMobile?: boolean;
  hasTouch?: boolean;
  deviceScaleFactor?: number;
}

export async function launch(opts: { lang?: string; headed?: boolean; extensionDir?: string; device?: Device } = {}): Promise<Harness> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'esim-lens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: false, // the flag below asks for the new headless mode, which runs extensions
    args: [
      ...(opts.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...CHROMIUM_ARGS,
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
    ],
    locale: opts.lang,
    viewport: { width: 1280, height: 800 },
    ...opts.device,
  });
  const pages = new Map<string, string>();
  const requests: Array<{ url: string; from: string }> = [];
  context.on('request', (r) => {
    let from = 'unknown';
    try {
      from = r.serviceWorker()?.url() ?? r.frame().url();
    } catch {
      // a request without a frame (e.g. from a worker)
    }
    requests.push({ url: r.url(), from });
  });
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const body = pages.get(url) ?? pages.get(url.split('#')[0]);
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let inspector: Page | undefined;
  let control: Page | undefined;
  let cdp: CDPSession | undefined;
  let stops = 0;

  return {
    context,
    worker,
    extensionId,
    requests,
    serve: (url, html) => void pages.set(url, html),
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async verdictFor(url, timeoutMs = 8000) {
      const deadline = Date.now() + timeoutMs;
      // Read through an extension page, not the worker: tests stop the worker, and it restarts as a new one.
      if (!inspector) {
        inspector = await context.newPage();
        await inspector.goto(`chrome-extension://${extensionId}/options.html`);
      }
      const page = inspector;
      while (Date.now() < deadline) {
        const v = await page.evaluate(async (u) => {
          const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
          return Object.entries(all).find(([k, x]) => k.startsWith('tab-verdict:') && x?.url === u)?.[1] ?? null;
        }, url);
        if (v) return v as Record<string, any>;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    },
    async stopWorker() {
      if (!cdp) {
        control = await context.newPage();
        cdp = await context.newCDPSession(control);
        cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
          for (const v of e.versions) if (v.runningStatus === 'stopped' && v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) stops++;
        });
        await cdp.send('ServiceWorker.enable');
      }
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
    get workerStops() {
      return stops;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function fixtureHtml(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}

/**
 * The badge's frame in `page` (an extension page inside the closed shadow
 * root of <esim-lens-badge>): tests reach its controls the way a user does,
 * through the browser, not through the page's DOM.
 */
export async function badgeFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => /\/badge-frame\.html/.test(f.url()));
    // The host shows the frame (data-placed) once the frame has said how big the badge is.
    if (frame && (await page.locator('esim-lens-badge[data-placed]').count())) return frame;
    if (Date.now() > deadline) throw new Error(`no badge frame on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}
