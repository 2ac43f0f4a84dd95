// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Checklist, pageAnswer } from '../../components/popup/Checklist';
import { Compatibility } from '../../components/popup/Compatibility';
import { LivingInJapan, TopUpSteps } from '../../components/popup/Guides';
import { PageVerdict } from '../../components/popup/PageVerdict';
import { EMPTY_CHECKLIST, readChecklist, resetChecklist, setTick } from '../../lib/checklist';
import type { Verdict } from '../../lib/classify/verdict';
import { deviceById } from '../../lib/data/devices';

const verdict: Verdict = {
  url: 'https://www.airalo.com/x', isEsimProduct: true, provider: 'airalo', requirements: ['identity-check'],
  topUp: { value: 'yes', source: 'page', evidence: ['Top up anytime in the app.'] },
  term: { value: 'short-term', source: 'page', evidence: [] },
  plan: { dataGb: 5, validityDays: 7, price: 15, currency: 'USD', billing: 'one-time' },
};

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('This page', () => {
  it('shows the verdict with its fee structure and requirements', () => {
    render(<PageVerdict state={{ kind: 'verdict', verdict }} onDetectAlways={() => {}} />);
    expect(screen.getByText('Can be topped up online')).toBeTruthy();
    expect(screen.getByText('5 GB · 7 days · $15 · $2.14 per day · $3 per GB')).toBeTruthy();
    expect(screen.getByText('an identity check')).toBeTruthy();
  });
  it('says plainly when there is no plan, and offers to detect on a site not allowed', () => {
    const onDetect = vi.fn();
    const { rerender } = render(<PageVerdict state={{ kind: 'verdict', verdict: { ...verdict, isEsimProduct: false } }} onDetectAlways={onDetect} />);
    expect(screen.getByText('No eSIM plan for sale on this page.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Always detect on this site' })).toBeNull();
    rerender(<PageVerdict state={{ kind: 'not-allowed', site: 'shop.example' }} onDetectAlways={onDetect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Always detect on this site' }));
    expect(onDetect).toHaveBeenCalled();
    expect(screen.getByText(/read pages of shop.example/)).toBeTruthy();
  });
  it('on a site read only because the popup was opened (activeTab), shows the verdict and offers "always"', () => {
    const onDetect = vi.fn();
    render(<PageVerdict state={{ kind: 'verdict', verdict, site: 'new-shop.example' }} onDetectAlways={onDetect} />);
    expect(screen.getByText('Can be topped up online')).toBeTruthy();
    expect(screen.getByText(/Read now because you opened eSIM Lens/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Always detect on this site' }));
    expect(onDetect).toHaveBeenCalledTimes(1);
  });
  it('says clearly when the browser keeps a page closed', () => {
    render(<PageVerdict state={{ kind: 'unsupported' }} onDetectAlways={() => {}} />);
    expect(screen.getByText(/This page can't be read/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
  it('keeps its place while loading (busy, same card)', () => {
    const { container } = render(<PageVerdict state={{ kind: 'loading' }} onDetectAlways={() => {}} />);
    expect(container.querySelector('section.page')?.getAttribute('aria-busy')).toBe('true');
  });
});

describe('Buying checklist', () => {
  it('has four real checkboxes, each with its explanation, and says what the page already answers', () => {
    const onTick = vi.fn();
    render(<Checklist ticks={{ ...EMPTY_CHECKLIST, fees: true }} verdict={verdict} onTick={onTick} onReset={() => {}} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(4);
    expect((boxes[1] as HTMLInputElement).checked).toBe(true);
    fireEvent.click(boxes[0]);
    expect(onTick).toHaveBeenCalledWith('use', true);
    expect(screen.getByText('This page: a short-term plan that can be topped up online.')).toBeTruthy();
    expect(pageAnswer('device', verdict)).toBeNull();
  });
  it('keeps ticks in storage, and resets them', async () => {
    await setTick('reviews', true);
    expect((await readChecklist()).reviews).toBe(true);
    await fakeBrowser.storage.local.set({ checklist: { use: 'yes', reviews: true } });
    expect(await readChecklist()).toEqual({ ...EMPTY_CHECKLIST, reviews: true }); // a bad field is unticked, the rest kept
    await resetChecklist();
    expect(await readChecklist()).toEqual(EMPTY_CHECKLIST);
  });
});

describe('Guides', () => {
  it('lists the four top-up steps and the warning', () => {
    render(<TopUpSteps />);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('note').textContent).toMatch(/Not every short-term eSIM can be topped up/);
  });
  it('lists what Japanese contracts ask for', () => {
    render(<LivingInJapan />);
    expect(screen.getByText(/residence card/)).toBeTruthy();
    expect(screen.getByText(/yen bank account/)).toBeTruthy();
  });
});

describe('Compatibility tips', () => {
  it('answers for the chosen phone, with sources', () => {
    const d = deviceById('google-pixel-8-pro')!;
    render(<Compatibility chosen={d} guess={{ kind: 'desktop' }} onOptions={() => {}} />);
    expect(screen.getByText('Takes an eSIM.')).toBeTruthy();
    expect(screen.getAllByRole('link').length).toBeGreaterThan(0);
  });
  it('uses what the browser says on an iPhone, and always gives the exceptions and the EID check', () => {
    render(<Compatibility chosen={null} guess={{ kind: 'iphone', modernIos: true }} onOptions={() => {}} />);
    expect(screen.getByText(/iOS 17 or later/)).toBeTruthy();
    expect(screen.getByText(/mainland China, Hong Kong and Macao take two nano-SIMs/)).toBeTruthy();
    expect(screen.getByText(/dial \*#06#/)).toBeTruthy();
  });
});
