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
 * The open badge's frame in `page` (an extension page inside the closed shadow
 * root of <esim-lens-badge>, built when the pill is opened): tests reach its
 * controls the way a user does, through the browser, not through the page's DOM.
 */
export async function badgeFrame(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => /\/badge-frame\.html/.test(f.url()));
    // The host shows the frame (data-open) once the frame has said how big the badge is.
    if (frame && (await page.locator('esim-lens-badge[data-open]').count())) return frame;
    if (Date.now() > deadline) throw new Error(`no badge frame on ${page.url()}`);
    await page.waitForTimeout(50);
  }
}

/** Opens the badge as a user does, by clicking its pill (the host is the pill while collapsed), and returns its frame. */
export async function openBadge(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const host = page.locator('esim-lens-badge[data-placed]');
  await host.waitFor({ timeout: timeoutMs });
  if (!(await page.locator('esim-lens-badge[data-open]').count())) await host.click();
  return badgeFrame(page, timeoutMs);
}

/** Waits until the collapsed badge is placed and shown in `page`. */
export async function badgeShown(page: Page, timeoutMs = 10_000): Promise<void> {
  await page.locator('esim-lens-badge[data-placed]').waitFor({ timeout: timeoutMs });
}

export interface PillSeen {
  text: string;
  label: string;
  expanded: string;
  /** the pill's border box in CSS px */
  width: number;
  height: number;
}

type DomNode = { backendNodeId?: number; localName?: string; nodeType: number; nodeValue?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };

/**
 * The collapsed pill as the browser has it: the page cannot see into the closed shadow root, so the test reads the
 * DOM through the DevTools protocol, which pierces it.
 */
export async function pillOf(page: Page): Promise<PillSeen | null> {
  // A pierced read of the DOM while the badge's out-of-process frame is being built or torn down can go unanswered:
  // each try has a deadline, and a fresh session tries again.
  for (let attempt = 0; ; attempt++) {
    try {
      return await withDeadline(readPill(page), 5_000);
    } catch (e) {
      if (attempt >= 2) throw e;
      await page.waitForTimeout(200);
    }
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from the DevTools protocol within ${ms} ms`)), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function readPill(page: Page): Promise<PillSeen | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode, test: (x: DomNode) => boolean): DomNode | null => {
      if (test(n)) return n;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
        const hit = find(c, test);
        if (hit) return hit;
      }
      return null;
    };
    const attr = (n: DomNode, name: string) => {
      const a = n.attributes ?? [];
      const i = a.indexOf(name);
      return i >= 0 && i % 2 === 0 ? a[i + 1] : '';
    };
    const host = find(root, (n) => n.localName === 'esim-lens-badge');
    const pill = host && find({ nodeType: 1, children: host.shadowRoots }, (n) => n.localName === 'button' && attr(n, 'class') === 'pill');
    if (!pill) return null;
    const text = (n: DomNode): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(text).join(' '));
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: pill.backendNodeId })) as { model: { width: number; height: number } };
    return { text: text(pill).replace(/\s+/g, ' ').trim(), label: attr(pill, 'aria-label'), expanded: attr(pill, 'aria-expanded'), width: model.width, height: model.height };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
