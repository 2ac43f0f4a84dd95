/**
 * A table whose columns are plans ("eSIM 100 | eSIM 150 | eSIM 250" over rows of data, price, renewal; carriers'
 * and comparison sites' plan tables): read row by row, each row speaks of every plan at once and no card is found.
 * Such a table is read column by column instead: each plan column's header and its cells, with the row's label
 * ("Top-up : ✓"), become the texts of one card.
 */

/** A price: a currency sign, or a yen/yuan character or an ISO code, beside a number. */
export const PRICE_TEXT = /\p{Sc}\s?\d|\d[\d,.]*\s?(?:円|元|[A-Z]{3}\b)/u;
/** Data or a day count: what each plan column states. */
const SPEC = /\d+(?:\.\d+)?\s?(?:GB|MB|ギガ|G\b)|\d+\s?(?:days?|日|天)|unlimited|無制限|无限|無限|吃到飽/i;
const MAX_ROWS = 40;
const MAX_CELL = 300;

export interface PlanColumns {
  /** Each plan column: its header and "row label : cell" texts. */
  columns: Array<{ heading: string; texts: string[] }>;
}

/**
 * The plan columns of `table`, or null when it is not such a table: a first row naming at least two plans (after
 * an optional label column, with numbers in their names), body rows of as many cells, a row with a price in at
 * least two plan columns, and data or days in at least two of them. `cellText` reads a cell as the reader does,
 * whitespace collapsed.
 */
export function planColumns(table: Element, cellText: (cell: Element) => string, namesThisPage: (head: string[]) => boolean = () => false): PlanColumns | null {
  const rows: Element[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr')).slice(0, MAX_ROWS)) {
    if (tr.closest('table') !== table) continue;
    rows.push(Array.from(tr.children).filter((c) => c.localName === 'td' || c.localName === 'th'));
  }
  if (rows.length < 3) return null;
  const n = rows[0].length;
  if (n < 3 || n > 9 || rows.some((r) => r.length !== n)) return null;
  const texts = rows.map((r) => r.map((c) => cellText(c).slice(0, MAX_CELL)));
  if (namesThisPage(texts[0])) return null;
  const body = texts.slice(1);
  // A label column: an empty corner, or body cells that mostly name rows ("Data", "Price", "5G") rather than state a
  // price or data of their own.
  const stating = body.filter((row) => PRICE_TEXT.test(row[0]) || SPEC.test(row[0])).length;
  const labelled = !texts[0][0] || stating <= body.length * 0.3;
  const first = labelled ? 1 : 0;
  if (n - first < 2) return null;
  const plans = Array.from({ length: n - first }, (_, k) => k + first);
  // Plan names carry numbers ("eSIM 100", "3GB / 7日", 「シンプル2 S」); a table of one plan per row has headers that
  // name what each column is ("Plan", "Price", "Top-up").
  if (plans.filter((j) => /\d/.test(texts[0][j])).length < 2) return null;
  if (!body.some((row) => plans.filter((j) => PRICE_TEXT.test(row[j])).length >= 2)) return null;
  if (plans.filter((j) => texts.some((row) => SPEC.test(row[j]))).length < 2) return null;
  return {
    columns: plans.map((j) => ({
      heading: texts[0][j],
      texts: body.filter((row) => row[j]).map((row) => (labelled && row[0] ? `${row[0]} : ${row[j]}` : row[j])),
    })),
  };
}
