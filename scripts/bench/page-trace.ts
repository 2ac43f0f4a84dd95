/**
 * Reading a page load's Chromium trace for what an extension costs the page:
 * used by npm run bench:page (its header says how the figures are counted).
 */
import type { Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

export async function traceLoad(page: Page, url: string, waitFor: (p: Page) => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'disabled-by-default-v8.cpu_profiler'] },
  });
  await page.goto(url, { waitUntil: 'load' });
  await waitFor(page);
  await page.waitForTimeout(1500); // let document_idle scripts, messages and the badge finish
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

/** The renderer process that parsed the page at `url`. */
export function pagePid(events: TraceEvent[], url: string): number | undefined {
  return events.find((e) => e.name === 'ParseHTML' && (e.args as any)?.beginData?.url === url)?.pid;
}

/**
 * Script work on renderer main threads whose source URL matches, in the
 * processes `inProcess` accepts: compile, evaluation and callbacks, counted
 * as thread time (what the work cost, not time spent waiting), nested slices
 * once.
 */
export function mainSlices(events: TraceEvent[], match: (url: string) => boolean, inProcess: (pid: number) => boolean): Array<{ tid: number; start: number; end: number; cpu: number; what: string }> {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && (e as any).args?.name === 'CrRendererMain' && inProcess(e.pid)).map((e) => `${e.pid}:${e.tid}`));
  const slices = events
    .filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
    .filter((e) => ['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire', 'EventDispatch', 'FireIdleCallback', 'V8.Execute'].includes(e.name))
    .filter((e) => {
      const u = e.args?.data?.url ?? e.args?.data?.scriptName ?? (e.args as any)?.fileName ?? '';
      return u && match(u);
    })
    .map((e) => ({ tid: e.tid, start: e.ts, end: e.ts + (e.dur ?? 0), cpu: (e as any).tdur ?? e.dur ?? 0, what: `${e.name} ${(e.args?.data?.url ?? e.args?.data?.scriptName ?? '').split('/').pop()}` }))
    .sort((a, b) => a.tid - b.tid || a.start - b.start);
  const out: typeof slices = [];
  let end = -Infinity;
  let tid = -1;
  for (const sl of slices) {
    if (sl.tid !== tid) {
      tid = sl.tid;
      end = -Infinity;
    }
    if (sl.end <= end) continue; // nested in a slice already counted
    out.push(sl);
    end = sl.end;
  }
  return out;
}

/** The script slices' thread time and the longest slice, in ms (this bench's only measure until 2026-12-02). */
export function mainMs(events: TraceEvent[], match: (url: string) => boolean, inProcess: (pid: number) => boolean = () => true): { total: number; longest: number } {
  const slices = mainSlices(events, match, inProcess);
  return { total: slices.reduce((a, sl) => a + sl.cpu, 0) / 1000, longest: Math.max(0, ...slices.map((sl) => sl.cpu)) / 1000 };
}

/**
 * What `mainMs` misses: work a script does after an `await` runs as a
 * promise continuation inside a microtask checkpoint, a slice that carries no
 * script URL (the full read of a product page, once the background has
 * answered, was such work). V8's sampling profiler, which the trace carries,
 * says whose code a checkpoint ran: each checkpoint adds its thread time times
 * the share of its samples whose stack holds a frame of a matching script.
 * Returns the script slices plus those shares, and the most of both inside
 * one task of the main thread, in ms.
 */
export function extensionMs(
  events: TraceEvent[],
  match: (url: string) => boolean,
  inProcess: (pid: number) => boolean = () => true,
): { total: number; longest: number; pieces: Array<{ at: number; ms: number; what: string }> } {
  type Node = { url: string; parent?: number };
  const profiles = new Map<string, { nodes: Map<number, Node>; t: number; pid: number; tid: number; samples: Array<{ t: number; node: number }> }>();
  for (const e of events as any[]) {
    if (!inProcess(e.pid)) continue;
    // Sample times count from the Profile event's own timestamp, on the trace's clock (as DevTools reads them).
    if (e.name === 'Profile') profiles.set(`${e.pid}:${e.id}`, { nodes: new Map(), t: e.ts, pid: e.pid, tid: e.tid, samples: [] });
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    if (!p) continue;
    const cpu = e.args.data.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) p.nodes.set(n.id, { url: n.callFrame?.url ?? '', parent: n.parent });
    const deltas: number[] = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((node: number, i: number) => {
      p.t += deltas[i] ?? 0;
      p.samples.push({ t: p.t, node });
    });
  }
  const ours = (p: { nodes: Map<number, Node> }, id: number, memo: Map<number, boolean>): boolean => {
    let v = memo.get(id);
    if (v === undefined) {
      const n = p.nodes.get(id);
      v = !!n && (match(n.url) || (n.parent !== undefined && ours(p, n.parent, memo)));
      memo.set(id, v);
    }
    return v;
  };
  const slices = mainSlices(events, match, inProcess);
  const pieces = slices.map((sl) => ({ tid: sl.tid, at: sl.start, cpu: sl.cpu, what: sl.what }));
  for (const p of profiles.values()) {
    const memo = new Map<number, boolean>();
    const checkpoints = events.filter((e) => e.name === 'RunMicrotasks' && e.ph === 'X' && e.pid === p.pid && e.tid === p.tid);
    for (const c of checkpoints) {
      const end = c.ts + (c.dur ?? 0);
      // A checkpoint nested in one of our script slices is counted there already; our slices nested in a
      // checkpoint (a MutationObserver callback is one) are counted as slices, so they leave its share.
      if (slices.some((sl) => sl.tid === c.tid && sl.start <= c.ts && sl.end >= end)) continue;
      const inner = slices.filter((sl) => sl.tid === c.tid && sl.start >= c.ts && sl.end <= end);
      let all = 0;
      let mine = 0;
      for (let i = 0; i + 1 < p.samples.length; i++) {
        const sm = p.samples[i];
        if (sm.t < c.ts || sm.t >= end || inner.some((sl) => sm.t >= sl.start && sm.t < sl.end)) continue;
        const dt = Math.min(p.samples[i + 1].t, end) - sm.t;
        all += dt;
        if (ours(p, sm.node, memo)) mine += dt;
      }
      const rest = ((c as any).tdur ?? c.dur ?? 0) - inner.reduce((a, sl) => a + sl.cpu, 0);
      if (mine && rest > 0) pieces.push({ tid: c.tid, at: c.ts, cpu: (rest * mine) / all, what: 'microtasks' });
    }
  }
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && inProcess(e.pid));
  const perTask = new Map<TraceEvent, number>();
  let longest = 0;
  for (const pc of pieces) {
    const task = tasks.find((t) => t.tid === pc.tid && t.ts <= pc.at && t.ts + (t.dur ?? 0) >= pc.at);
    if (!task) longest = Math.max(longest, pc.cpu);
    else perTask.set(task, (perTask.get(task) ?? 0) + pc.cpu);
  }
  for (const v of perTask.values()) longest = Math.max(longest, v);
  return {
    total: pieces.reduce((a, pc) => a + pc.cpu, 0) / 1000,
    longest: longest / 1000,
    // Each piece, for a closer look: when (trace µs), its thread time (ms), and what it was.
    pieces: pieces.map((pc) => ({ at: pc.at, ms: pc.cpu / 1000, what: pc.what })).sort((a, b) => a.at - b.at),
  };
}

