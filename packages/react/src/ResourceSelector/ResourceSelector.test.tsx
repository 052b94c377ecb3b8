import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CreditBalance } from '../CreditBalance';
import { CreditUtilization } from '../CreditUtilization';
import { expectNoAxeViolations } from '../test/axe';
import { contractHandlers, failingHandlers } from '../test/contract';
import { CURRENCY } from '../test/fixtures';
import { renderWithCredits } from '../test/render';
import { fakeContractServer } from '../test/server';
import { ResourceSelector } from './ResourceSelector';

const { server, current } = fakeContractServer();

describe('ResourceSelector', () => {
  it('offers the global pool and every resource, with balances', async () => {
    const { container } = renderWithCredits(<ResourceSelector currencyId={CURRENCY} />);
    const select = await screen.findByRole('combobox', { name: 'Credits for' });
    expect(select).toHaveValue('@global');
    await screen.findByRole('option', { name: /^Whole account · 12,450\.5\stokens$/ });
    expect(screen.getByRole('option', { name: /^example\.com · 830\stokens$/ })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /^Atlas · 0\stokens$/ })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('drives every widget in the provider to the chosen pool', async () => {
    current.data.utilization['workspace-example-com'] = { used: '170', total: '1000', remaining: '830' };
    renderWithCredits(
      <>
        <ResourceSelector />
        <CreditBalance currencyId={CURRENCY} />
        <CreditUtilization currencyId={CURRENCY} />
      </>,
    );
    expect(await screen.findByText('12,450.5 tokens')).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Credits for' }), 'example.com');
    expect(await screen.findByText('830 tokens')).toBeInTheDocument();
    expect(await screen.findByText('170 tokens of 1,000 tokens')).toBeInTheDocument();
  });

  it('can be controlled', async () => {
    const picked: (string | null)[] = [];
    renderWithCredits(<ResourceSelector value="project-atlas" onChange={(id) => picked.push(id)} />);
    const select = await screen.findByRole('combobox', { name: 'Credits for' });
    expect(select).toHaveValue('project-atlas');
    await userEvent.selectOptions(select, 'Whole account');
    expect(picked).toEqual([null]);
  });

  it('shows an error with a retry that recovers', async () => {
    server.use(...failingHandlers());
    const { container } = renderWithCredits(<ResourceSelector />);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load your resources.");
    await expectNoAxeViolations(container);
    server.resetHandlers(...contractHandlers(current.data));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('combobox', { name: 'Credits for' })).toBeInTheDocument();
  });
});
