import { createRoot, type Root } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { Badge } from '@/components/Badge';
import { VerdictSchema, type Verdict } from '@/lib/classify/verdict';
import { dismiss, isDismissed } from '@/lib/dismissed';
import { applyLanguage } from '@/lib/i18n-locales';
import type { Settings } from '@/lib/settings/schema';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import { tripNotes } from '@/lib/settings/trip';
import { MessageSchema } from '@/lib/messaging/messages';
import { findQuote } from './find-quote';
import { chooseCorner } from './placement';
import css from './style.css?inline';

/**
 * The badge UI. Not in the manifest: the background injects it only into
 * pages it classified as eSIM products, so React never loads on other pages.
 */

const INSTANCE = Symbol.for('esim-lens-badge');

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  // Styles go into the shadow root as text: no web-accessible CSS file for pages to probe.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const w = window as unknown as Record<symbol, boolean>;
    if (w[INSTANCE]) return; // injected twice into the same document
    w[INSTANCE] = true;

    const reply = (await browser.runtime.sendMessage({ type: 'get-verdict' })) as { verdict?: unknown };
    const first = VerdictSchema.safeParse(reply?.verdict);
    let verdict: Verdict | null = first.success && first.data.isEsimProduct ? first.data : null;
    const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    let settings: Settings = (await loadSettings()).settings;
    applyLanguage(settings.language);
    const wanted = () => settings.display.badge && !(verdict?.provider && settings.sites.disabledShops.includes(verdict.provider));

    let root: Root | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: 'esim-lens-badge',
      css,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, _shadow, host) {
        root = createRoot(container);
        return host;
      },
      onRemove() {
        root?.unmount();
        root = null;
      },
    });

    const render = () => {
      const host = ui.shadowHost;
      if (!verdict) return;
      host.setAttribute('data-top-up', verdict.topUp.value);
      host.setAttribute('data-term', verdict.term.value);
      host.setAttribute('data-corner', chooseCorner(settings.display.corner, 380, 48, host));
      root?.render(
        <Badge
          key={settings.language}
          verdict={verdict}
          defaultOpen={settings.display.view === 'detailed'}
          findable={settings.display.highlights}
          tripNotes={tripNotes(verdict, settings.trip)}
          onFind={(q) => findQuote(q, document.body, host, reducedMotion)}
          onChecklist={() => void browser.runtime.sendMessage({ type: 'open-checklist' })}
          onDismiss={(scope) => {
            void dismiss(location.href, scope);
            remove();
          }}
        />,
      );
    };
    let mounted = false;
    const show = async () => {
      if (!verdict || !wanted() || (await isDismissed(location.href))) return remove();
      if (!mounted) {
        ui.mount();
        mounted = true;
      }
      render();
    };
    const remove = () => {
      if (mounted) ui.remove();
      mounted = false;
    };

    // The background tells us when a single-page shop's verdict changes or goes.
    const onMessage = (raw: unknown) => {
      const msg = MessageSchema.safeParse(raw);
      if (!msg.success || msg.data.type !== 'verdict-updated') return;
      verdict = msg.data.verdict && msg.data.verdict.isEsimProduct ? msg.data.verdict : null;
      void show();
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Options changes apply at once, in every open tab.
    const unwatch = watchSettings(({ settings: next }) => {
      settings = next;
      applyLanguage(next.language);
      void show();
    });
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatch();
      remove();
    });
    await show();
  },
});
