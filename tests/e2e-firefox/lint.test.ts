import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './harness';

/**
 * web-ext lint (the linter addons.mozilla.org runs) on the Firefox build: no
 * error, no notice, and no warning from our own manifest or code. The
 * warnings that remain come from libraries, recognised by the code they flag:
 * - DANGEROUS_EVAL: zod 4 probes `Function("")` once (in a try/catch) to learn
 *   whether it may compile validators; the extension's CSP says no, and zod
 *   then validates without it.
 * - UNSAFE_VAR_ASSIGNMENT: React DOM's `dangerouslySetInnerHTML` support; our
 *   code never uses it (page text is rendered as text).
 */
const LIBRARY_WARNINGS: Array<{ code: string; flags: RegExp; why: string }> = [
  { code: 'DANGEROUS_EVAL', flags: /try\{return Function\(``\),!0\}catch\{return!1\}/, why: "zod's eval probe" },
  { code: 'UNSAFE_VAR_ASSIGNMENT', flags: /__html!==\w+&&\(\w+\.innerHTML=\w+\)/, why: "React DOM's dangerouslySetInnerHTML" },
];

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

describe('web-ext lint', () => {
  it('finds no error, and no warning from our own manifest or code', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
    const ours = report.warnings.filter((w) => {
      if (!w.file || !w.line) return true;
      const line = readFileSync(join(FIREFOX_EXTENSION_DIR, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
      const around = line.slice(Math.max(0, (w.column ?? 0) - 80), (w.column ?? 0) + 80);
      return !LIBRARY_WARNINGS.some((l) => l.code === w.code && l.flags.test(around));
    });
    expect(ours.map((w) => `${w.code} ${w.file}:${w.line} ${w.message}`)).toEqual([]);
  });
});
