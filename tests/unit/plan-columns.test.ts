import { describe, expect, it } from 'vitest';
import { findCards } from '../../lib/classify/cards';
import { readPageStatements } from '../../lib/classify/read';
import { lexicon } from '../../lib/data/lexicon';
import { snap, verdict } from './helpers';

const lex = lexicon();
const cardsOf = (html: string) => findCards(readPageStatements(snap(html), lex))?.cards.map((c) => c.heading.st.text);

describe('a table whose columns are plans', () => {
  const table = `<table><tr><th></th><th>eSIM 100</th><th>eSIM 150</th><th>eSIM 250</th></tr>
    <tr><th>Data</th><td>10 GB per month</td><td>25 GB per month</td><td>Unlimited</td></tr>
    <tr><th>Price</th><td>100 UAH / month</td><td>150 UAH / month</td><td>250 UAH / month</td></tr>
    <tr><th>Top-up</th><td>✓</td><td>✓</td><td>✕</td></tr></table>`;

  it('is read column by column, one card per plan with its rows', () => {
    expect(cardsOf(`<main><h1>Monthly eSIM tariffs</h1>${table}</main>`)).toEqual(['eSIM 100', 'eSIM 150', 'eSIM 250']);
    const v = verdict(`<html lang="en"><head><title>Monthly eSIM tariffs</title></head><body><main><h1>Monthly eSIM tariffs</h1>${table}</main></body></html>`);
    expect(v.isEsimProduct && v.listing?.cards?.map((c) => `${c.heading}:${c.price}:${c.topUp.value}`)).toEqual(['eSIM 100:100:yes', 'eSIM 150:150:yes', 'eSIM 250:250:no']);
  });

  it('without a label column every column is a plan; a table naming this page\'s plan is read by that column', () => {
    const bare = `<table><tr><th>1GB</th><th>3GB</th><th>5GB</th></tr><tr><td>¥500</td><td>¥800</td><td>¥1,200</td></tr><tr><td>7 days</td><td>15 days</td><td>30 days</td></tr></table>`;
    expect(cardsOf(`<main><h1>Japan eSIM plans</h1>${bare}</main>`)).toEqual(['1GB', '3GB', '5GB']);
    const compare = `<table><tr><th></th><th>Ubigi Japan 5GB</th><th>Rival A 5GB</th><th>Rival B 5GB</th></tr>
      <tr><th>Price</th><td>$9</td><td>$12</td><td>$11</td></tr><tr><th>Validity</th><td>30 days</td><td>30 days</td><td>15 days</td></tr></table>`;
    const s = snap(`<main><h1>Ubigi Japan 5GB</h1><p>$9</p>${compare}</main>`);
    expect(s.blocks.some((b) => b.kind === 'heading' && b.text === 'Rival A 5GB')).toBe(false);
  });

  it('a table of one plan per row keeps its rows', () => {
    const rows = `<table><tr><th>Plan</th><th>Data</th><th>Price</th><th>Top-up</th></tr>
      <tr><td>Japan 3GB</td><td>3 GB / 7 days</td><td>$6</td><td>✓</td></tr>
      <tr><td>Japan 10GB</td><td>10 GB / 30 days</td><td>$15</td><td>✕</td></tr></table>`;
    const s = snap(`<main><h1>Japan eSIM</h1>${rows}</main>`);
    expect(s.blocks.filter((b) => b.kind === 'row').length).toBe(3); // the header row and the two plans' rows
  });
});
