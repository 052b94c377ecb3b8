import { MOCK_CURRENCY_ID } from '@creditkit/mocks';
import { CreditBalance, CreditGrants, CreditLedger, CreditUtilization, ResourceSelector } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import './support/portal.css';

/** Every account widget under one provider, the way a customer portal page would use them. */
function CustomerPortal({ currencyId }: { currencyId: string }) {
  return (
    <main className="ck-portal">
      <header className="ck-portal__header">
        <h1 className="ck-portal__title">Billing and credits</h1>
        <ResourceSelector currencyId={currencyId} />
      </header>
      <CreditBalance currencyId={currencyId} />
      <CreditUtilization currencyId={currencyId} />
      <div className="ck-portal__wide">
        <CreditGrants currencyId={currencyId} pageSize={5} />
      </div>
      <div className="ck-portal__wide">
        <CreditLedger currencyId={currencyId} pageSize={10} />
      </div>
    </main>
  );
}

const meta = {
  title: 'Pages/Customer portal',
  component: CustomerPortal,
  args: { currencyId: MOCK_CURRENCY_ID },
  parameters: { scenario: 'many-resources' },
} satisfies Meta<typeof CustomerPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pick a resource: every widget on the page re-scopes to its pool. */
export const ManyResources: Story = {
  async play({ canvas, userEvent }) {
    const balance = await canvas.findByRole('region', { name: 'Credit balance' });
    await expect(await within(balance).findByText('9,758.066 tokens', {}, { timeout: 5000 })).toBeVisible();

    const select = await canvas.findByRole('combobox', { name: 'Credits for' });
    await userEvent.selectOptions(select, 'api-key-staging');
    await expect(await within(balance).findByText('5,964.22 tokens')).toBeVisible();
    const ledger = canvas.getByRole('region', { name: 'Transaction history' });
    await waitFor(() => expect(within(ledger).getAllByRole('row').length).toBeGreaterThan(1));
  },
};

export const Healthy: Story = { parameters: { scenario: 'healthy' } };
export const LowBalance: Story = { parameters: { scenario: 'low-balance' } };
export const SoftLimitOverage: Story = { parameters: { scenario: 'soft-limit-overage' } };
export const ExpiringSoon: Story = { parameters: { scenario: 'expiring-soon' } };
export const Empty: Story = { parameters: { scenario: 'empty' } };
export const ServerError: Story = { parameters: { network: 'server-error' } };
