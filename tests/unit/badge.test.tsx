// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Badge } from '../../components/Badge';
import type { Verdict } from '../../lib/classify/verdict';

const base: Verdict = {
  url: 'https://www.airalo.com/japan-esim/x',
  isEsimProduct: true,
  topUp: { value: 'no', source: 'page', evidence: ['This eSIM <img src=x onerror=alert(1)> cannot be topped up.'] },
  term: { value: 'short-term', source: 'page', evidence: ['Validity : 7 Days'] },
  plan: { unlimited: true, validityDays: 7, price: 24, currency: 'USD', billing: 'one-time' },
  requirements: [],
  provider: 'airalo',
};

afterEach(cleanup);

describe('<Badge>', () => {
  it('says the verdict in words on the pill, not by colour alone', () => {
    render(<Badge verdict={base} onFind={() => true} onDismiss={() => {}} onChecklist={() => {}} />);
    const pill = screen.getByRole('button', { name: /eSIM Lens verdict/ });
    expect(pill.textContent).toContain('No top-up');
    expect(pill.textContent).toContain('Short-term');
    expect(pill.textContent).toContain('7 days');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('eSIM · No top-up · Short-term · 7 days');
  });

  it('expands on activation into evidence, fee structure and price per day; Escape closes it', () => {
    render(<Badge verdict={base} onFind={() => true} onDismiss={() => {}} onChecklist={() => {}} />);
    const pill = screen.getByRole('button', { name: /eSIM Lens verdict/ });
    fireEvent.click(pill);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/Cannot be topped up/)).toBeTruthy();
    expect(screen.getByText('Unlimited data')).toBeTruthy();
    expect(screen.getByText('$3.43 per day')).toBeTruthy();
    fireEvent.keyDown(pill, { key: 'Escape' });
    expect(pill.getAttribute('aria-expanded')).toBe('false');
  });

  it('renders page text as text only', () => {
    const { container } = render(<Badge verdict={base} defaultOpen onFind={() => true} onDismiss={() => {}} onChecklist={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('finds a quote on the page, and strikes it through when the page answers it cannot be found', async () => {
    // The page-side host answers asynchronously (the badge renders in a frame).
    const onFind = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    render(<Badge verdict={base} defaultOpen onFind={onFind} onDismiss={() => {}} onChecklist={() => {}} />);
    const quote = screen.getByText(/Validity : 7 Days/);
    fireEvent.click(quote);
    expect(onFind).toHaveBeenCalledWith('Validity : 7 Days');
    await waitFor(() => expect(quote.className).toContain('quote--missing'));
    fireEvent.click(quote);
    await waitFor(() => expect(quote.className).not.toContain('quote--missing'));
  });

  it('says top-up is not stated when the page is silent', () => {
    render(<Badge verdict={{ ...base, topUp: { value: 'unknown', source: 'none', evidence: [] } }} defaultOpen onFind={() => true} onDismiss={() => {}} onChecklist={() => {}} />);
    expect(screen.getByText(/Top-up not stated: check the terms before you buy/)).toBeTruthy();
  });

  it('shows a contract\'s requirements and the listing summary, and can be hidden', () => {
    const onDismiss = vi.fn();
    const contract: Verdict = {
      ...base,
      topUp: { value: 'unknown', source: 'none', evidence: [] },
      term: { value: 'contract', source: 'page', evidence: [] },
      plan: { dataGb: 30, price: 2970, currency: 'JPY', billing: 'monthly' },
      requirements: ['residence-card', 'jp-bank-account'],
      listing: { plans: 4, topUpYes: 3, topUpNo: 1 },
    };
    render(<Badge verdict={contract} defaultOpen onFind={() => true} onDismiss={onDismiss} onChecklist={() => {}} />);
    expect(screen.getByRole('button', { name: /eSIM Lens verdict/ }).textContent).toContain('needs a residence card');
    expect(screen.getByText('a Japanese bank account')).toBeTruthy();
    expect(screen.getByText('4 plans: 3 can be topped up')).toBeTruthy();
    expect(screen.getByText(/Differs between the plans on this page/)).toBeTruthy();
    fireEvent.click(screen.getByText('Hide on this site'));
    expect(onDismiss).toHaveBeenCalledWith('site');
  });

  it('lists the fine print the page states, each line finding its quote on the page', async () => {
    const onFind = vi.fn(() => true);
    const facts: Verdict['facts'] = {
      fairUse: { value: { highSpeedGb: 2, per: 'day', throttledKbps: 128 }, evidence: ['2GB a day at full speed, then 128kbps'] },
      validityStart: { value: 'install', evidence: ['The days start when you install it'] },
      number: { value: 'data-only', evidence: ['Data only'] },
      hotspot: { value: 'no', evidence: ['Tethering is not allowed'] },
      rating: { value: { stars: 4.7, count: 5904 }, evidence: ['4.7 ★ (5,904 reviews)'] },
    };
    render(<Badge verdict={{ ...base, facts }} onFind={onFind} onDismiss={() => {}} onChecklist={() => {}} defaultOpen />);
    expect(screen.getByRole('heading', { name: 'The fine print' })).toBeTruthy();
    expect(screen.getByText('Full speed for 2 GB a day, then 128 kbps')).toBeTruthy();
    expect(screen.getByText('The days start at installation')).toBeTruthy();
    expect(screen.getByText('Data only: no phone number')).toBeTruthy();
    expect(screen.getByText('This page: 4.7★ from 5,904 reviews')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'No hotspot' }));
    await waitFor(() => expect(onFind).toHaveBeenCalledWith('Tethering is not allowed'));
  });

  it('shows no fine print where the page states none', () => {
    render(<Badge verdict={base} onFind={() => true} onDismiss={() => {}} onChecklist={() => {}} defaultOpen />);
    expect(screen.queryByRole('heading', { name: 'The fine print' })).toBeNull();
  });
});
