/**
 * npm run import:devices -- ../shared/domain/devices.csv
 * Converts the researched device table (CSV with sources) into data/devices.json,
 * the file the popup's compatibility tips read. Re-run when the research is updated.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

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

/**
 * The table is merged into the file, never written over it: rows of the table update the entry of the same
 * model (its translated notes kept), and entries the table does not have — carrier or market variants split
 * from a model (docomo's Xperia 10 IV, mainland-China iPhones), phones added from other sources — stay. A code
 * a variant holds is not given back to the model it was split from, so every code stays unique.
 */
type Entry = (typeof devices)[number] & { notesI18n?: Record<string, string> };
const current: Entry[] = existsSync('data/devices.json') ? JSON.parse(readFileSync('data/devices.json', 'utf8')).devices : [];
const byModel = new Map(current.map((d) => [`${d.brand} ${d.model}`, d]));
const merged: Entry[] = [...current];
for (const row of devices) {
  const key = `${row.brand} ${row.model}`;
  const old = byModel.get(key);
  const heldElsewhere = new Set(merged.filter((d) => d !== old).flatMap((d) => d.codes));
  const next: Entry = { ...row, codes: row.codes.filter((c) => !heldElsewhere.has(c)), ...(old?.notesI18n ? { notesI18n: old.notesI18n } : {}) };
  if (old) merged[merged.indexOf(old)] = next;
  else merged.push(next);
}

writeFileSync(
  'data/devices.json',
  JSON.stringify({ $comment: `Imported by scripts/data/import-devices.ts from the team's researched device table, merged with the carrier and market variants researched since; every row carries its sources.`, devices: merged }, null, 2) + '\n',
);
console.log(`${devices.length} rows of the table merged: ${merged.length} devices in data/devices.json`);
