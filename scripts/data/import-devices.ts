/**
 * npm run import:devices -- ../shared/domain/devices.csv
 * Converts the researched device table (CSV with sources) into data/devices.json,
 * the file the popup's compatibility tips read. Re-run when the research is updated.
 */
import { readFileSync, writeFileSync } from 'node:fs';

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

const [file = '../shared/domain/devices.csv', checked = new Date().toISOString().slice(0, 10)] = process.argv.slice(2);
const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
const col = (name: string) => header.indexOf(name);
const devices = rows
  .filter((r) => r.length >= header.length)
  .map((r) => {
    const codes = r[col('model_codes')].startsWith('n/a')
      ? []
      : r[col('model_codes')]
          .split(/\s*[|;]\s*/)
          .map((c) => c.replace(/\s*\(.*?\)\s*/g, '').trim())
          .flatMap((c) => expandSuffixes(c))
          .filter((c) => /^[A-Za-z0-9][A-Za-z0-9 -]{1,30}$/.test(c));
    return {
      brand: r[col('brand')],
      model: r[col('model')],
      year: Number(r[col('year')]) || undefined,
      esim: r[col('esim')],
      lines: r[col('lines')],
      notes: r[col('notes')],
      codes: [...new Set(codes)],
      sources: r[col('source')].split(/\s*;\s*/).filter((u) => /^https?:\/\//.test(u)),
      checked,
    };
  })
  // A row without a source is not a fact we can show.
  .filter((d) => d.sources.length > 0);

/** "SM-F900F/U/U1/W" → SM-F900F, SM-F900U, SM-F900U1, SM-F900W */
function expandSuffixes(code: string): string[] {
  const parts = code.split('/');
  if (parts.length === 1) return [code];
  const first = parts[0];
  const out = [first];
  for (const p of parts.slice(1)) {
    if (p.length < first.length && /^[A-Z0-9]{1,3}$/.test(p)) {
      const stem = first.replace(/[A-Z]+[0-9]?$/, '');
      out.push(stem + p);
    } else out.push(p);
  }
  return out;
}

writeFileSync(
  'data/devices.json',
  JSON.stringify({ $comment: `Imported by scripts/data/import-devices.ts from the team's researched device table; every row carries its sources.`, devices }, null, 2) + '\n',
);
console.log(`${devices.length} devices written to data/devices.json`);
