import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { Badge } from '@/components/Badge';
import { FRAME_PAD, parseFromHost, type FromFrame } from '@/lib/badge/frame-protocol';
import { VerdictSchema, type Verdict } from '@/lib/classify/verdict';
import { dismiss } from '@/lib/dismissed';
import { withRetry } from '@/lib/messaging/retry';
import { applyLanguage } from '@/lib/i18n-locales';
import type { Corner } from '@/lib/settings/corners';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { tripNotes } from '@/lib/settings/trip';
import { standingOfVerdict } from '@/lib/history/compare-rows';
import { readHistory, watchHistory } from '@/lib/history/store';
import { afterFirstPaint } from '@/lib/after-first-paint';
import type { Viewed } from '@/lib/history/viewed';

/**
 * The open badge, in an extension frame inside the shop's page (see
 * lib/badge/host.ts, which draws the collapsed pill and builds this frame when
 * the pill is opened): it reads its tab's verdict and the settings itself, and
 * tells its host how big it is. The host's messages only ask it
 * to re-read, place itself or report a found quote; the verdict never comes
 * from the page's side.
 */

const FIND_TIMEOUT_MS = 1500;

/** The host's window is our parent; its origin is the shop's, which the frame does not know. */
function toHost(msg: FromFrame) {
  window.parent.postMessage(msg, '*');
}

export function BadgeFrame() {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [viewed, setViewed] = useState<Viewed[]>([]);
  const [layout, setLayout] = useState<{ corner: Corner; viewportWidth: number; viewportHeight: number }>({ corner: 'bottom-right', viewportWidth: 1280, viewportHeight: 800 });
  const box = useRef<HTMLDivElement>(null);
  const finds = useRef(new Map<number, (ok: boolean) => void>());
  const nextFind = useRef(0);

  const refresh = useCallback(async () => {
    const reply = (await withRetry(() => browser.runtime.sendMessage({ type: 'get-verdict' })).catch(() => undefined)) as { verdict?: unknown } | undefined;
    const parsed = VerdictSchema.safeParse(reply?.verdict);
    setVerdict(parsed.success && parsed.data.isEsimProduct ? parsed.data : null);
  }, []);

  useEffect(() => {
    void refresh();
    const apply = (s: Settings) => {
      applyLanguage(s.language);
      setSettings(s);
    };
    void loadSettings().then(({ settings: s }) => apply(s));
    const unwatch = watchSettings(({ settings: s }) => apply(s));
    let unwatchHistory = () => {};
    const stopHistory = afterFirstPaint(() => {
      void readHistory().then(setViewed, () => undefined);
      unwatchHistory = watchHistory(setViewed);
    });
    const onMessage = (e: MessageEvent) => {
      if (e.source !== window.parent) return;
      const m = parseFromHost(e.data);
      if (!m) return;
      if (m.type === 'esim-lens:refresh') void refresh();
      else if (m.type === 'esim-lens:layout') setLayout({ corner: m.corner, viewportWidth: m.viewportWidth, viewportHeight: m.viewportHeight });
      else {
        finds.current.get(m.id)?.(m.ok);
        finds.current.delete(m.id);
      }
    };
    window.addEventListener('message', onMessage);
    return () => {
      unwatch();
      stopHistory();
      unwatchHistory();
      window.removeEventListener('message', onMessage);
    };
  }, [refresh]);

  // The frame is as big as the badge (plus room for its shadow): the page around it stays clickable.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const report = () => {
      const r = el.getBoundingClientRect();
      toHost({ type: 'esim-lens:size', width: Math.ceil(r.width) + 2 * FRAME_PAD, height: Math.ceil(r.height) + 2 * FRAME_PAD });
    };
    const observer = new ResizeObserver(report);
    observer.observe(el);
    report();
    return () => observer.disconnect();
  }, [verdict]);

  // The frame exists only while the badge is open (the host draws the collapsed pill): closing drops it.
  const collapse = useCallback(() => toHost({ type: 'esim-lens:collapse' }), []);

  const onFind = (quote: string) =>
    new Promise<boolean>((resolve) => {
      const id = nextFind.current++;
      finds.current.set(id, resolve);
      toHost({ type: 'esim-lens:find', id, quote });
      setTimeout(() => finds.current.delete(id) && resolve(false), FIND_TIMEOUT_MS);
    });

  if (!verdict) return null;
  return (
    <div
      ref={box}
      className="frame"
      data-corner={layout.corner}
      style={{ '--page-vw': `${layout.viewportWidth}px`, '--page-vh': `${layout.viewportHeight}px`, '--pad': `${FRAME_PAD}px` } as React.CSSProperties}
    >
      <Badge
        key={settings.language}
        verdict={verdict}
        defaultOpen
        onCollapse={collapse}
        findable={settings.display.highlights}
        tripNotes={tripNotes(verdict, settings.trip)}
        trip={settings.trip}
        standing={settings.history.remember ? standingOfVerdict(verdict, viewed, settings.trip.currency) : null}
        onFind={onFind}
        onChecklist={() => void browser.runtime.sendMessage({ type: 'open-checklist' })}
        onDismiss={(scope) => {
          void dismiss(verdict.url, scope).then(() => toHost({ type: 'esim-lens:remove' }));
        }}
      />
    </div>
  );
}
