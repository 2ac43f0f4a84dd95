import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VerdictSchema } from '../../lib/classify';

const root = join(import.meta.dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/classify.ts'), ...args], { encoding: 'utf8', cwd: root });
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

describe('npm run classify', () => {
  const dir = mkdtempSync(join(tmpdir(), 'esim-lens-cli-'));
  const page = join(dir, 'page.html');
  writeFileSync(page, `<!doctype html><html lang="en"><head><title>Japan eSIM 5GB 7 Days</title>
    <link rel="canonical" href="https://www.airalo.com/japan-esim/5gb"></head><body><h1>Japan eSIM 5GB 7 Days</h1>
    <p>US$9.50</p><button>Buy now</button><p>This eSIM cannot be topped up.</p></body></html>`);
  const saved = join(dir, 'saved.html');
  writeFileSync(saved, `<!-- saved from url=(0040)https://www.holafly.com/esim-japan/ -->\n<html><head><title>Japan eSIM unlimited 10 days</title></head><body><h1>Japan eSIM unlimited 10 days</h1><p>€37</p><button>Buy now</button></body></html>`);
  const binary = join(dir, 'binary.html');
  writeFileSync(binary, Buffer.from([0x3c, 0x00, 0x01, 0x02]));

  it('prints one JSON line per file in the contract shape, URL from the canonical link', () => {
    const r = run(page);
    expect(r.status).toBe(0);
    const [line] = lines(r.stdout);
    expect(line.file).toBe(page);
    expect(line.url).toBe('https://www.airalo.com/japan-esim/5gb');
    expect(line.provider).toBe('airalo');
    expect(line.isEsimProduct).toBe(true);
    expect(line.topUp).toMatchObject({ value: 'no', source: 'page' });
    expect(line.topUp.evidence[0]).toContain('cannot be topped up');
    expect(line.plan).toMatchObject({ dataGb: 5, validityDays: 7, price: 9.5, currency: 'USD' });
    expect(typeof line.ms).toBe('number');
    const { file: _f, ms: _m, ...verdict } = line;
    expect(VerdictSchema.safeParse(verdict).success).toBe(true);
  });

  it('takes the URL from --url, then from a "saved from url" comment', () => {
    expect(lines(run(page, '--url', 'https://www.kkday.com/x').stdout)[0].provider).toBe('kkday');
    expect(lines(run(saved).stdout)[0].provider).toBe('holafly');
  });

  it('reports unreadable files on their own line, finishes the rest and exits non-zero', () => {
    const r = run(join(dir, 'missing.html'), page, binary);
    expect(r.status).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toEqual({ file: join(dir, 'missing.html'), error: expect.stringContaining('ENOENT') });
    expect(out[1].isEsimProduct).toBe(true);
    expect(out[2]).toEqual({ file: binary, error: expect.stringContaining('NUL') });
  });

  it('explains its usage when called wrongly', () => {
    expect(run().status).toBe(2);
    expect(run(page, '--url', 'not-a-url').stderr).toContain('--url must be');
  });
});
