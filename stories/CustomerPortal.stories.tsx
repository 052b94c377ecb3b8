import { MOCK_CURRENCY_ID, MOCK_NOW } from '@creditkit/mocks';
import {
  AutoRecharge,
  CreditBalance,
  CreditGrants,
  CreditLedger,
  CreditUtilization,
  ResourceSelector,
  TopUpCheckoutDialog,
  useCreditsContext,
} from '@creditkit/react';
import { CreditUsageChart } from '@creditkit/react/CreditUsageChart';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { portalText } from '../demo/i18n';
import { autoRechargeText, checkoutText } from '../demo/i18n-checkout';
import { buy } from './support/checkout';
import { portalTitle, widgetText } from './support/i18n';
import './support/portal.css';

/**
 * Every widget under one provider, the way a customer portal page would use them: "Add credits"
 * on either balance card opens the one checkout dialog mounted at the bottom. Each widget gets its
 * own words in the toolbar's locale, as the demo portal passes them.
 */
function CustomerPortal({ currencyId }: { currencyId: string }) {
  const { locale } = useCreditsContext();
  const text = widgetText(locale);
  return (
    <>
      <main className="ck-portal">
        <header className="ck-portal__header">
          <h1 className="ck-portal__title">{portalTitle(locale)}</h1>
          <ResourceSelector currencyId={currencyId} localization={text.resources} />
        </header>
        <CreditBalance currencyId={currencyId} localization={text.balance} />
        <CreditUtilization currencyId={currencyId} localization={text.utilization} />
        <AutoRecharge currencyId={currencyId} localization={text.autoRecharge} className="ck-portal__wide" />
        <CreditUsageChart
          currencyId={currencyId}
          now={new Date(MOCK_NOW)}
          localization={text.chart}
          className="ck-portal__wide"
        />
        <CreditGrants currencyId={currencyId} pageSize={5} localization={text.grants} className="ck-portal__wide" />
        <CreditLedger currencyId={currencyId} pageSize={10} localization={text.ledger} className="ck-portal__wide" />
      </main>
      <TopUpCheckoutDialog currencyId={currencyId} localization={text.checkout} />
    </>
  );
}

const meta = {
  title: 'Pages/Customer portal',
  component: CustomerPortal,
  args: { currencyId: MOCK_CURRENCY_ID },
  argTypes: { currencyId: { control: 'select', options: [MOCK_CURRENCY_ID] } },
  parameters: { scenario: 'many-resources' },
} satisfies Meta<typeof CustomerPortal>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The balance card, once it shows `amount` (long enough for the first story of a page). */
async function balanceShows(canvasElement: HTMLElement, amount: string) {
  const balance = await within(canvasElement).findByRole('region', { name: 'Credit balance' }, { timeout: 10_000 });
  await expect(await within(balance).findByText(amount, {}, { timeout: 10_000 })).toBeVisible();
  return balance;
}

/** Pick a resource: every widget on the page re-scopes to its pool. */
export const ManyResources: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    const balance = await balanceShows(canvasElement, '9,758.066 tokens');
    const select = await canvas.findByRole('combobox', { name: 'Credits for' });
    await userEvent.selectOptions(select, 'api-key-staging');
    await expect(await within(balance).findByText('5,964.22 tokens')).toBeVisible();
    const ledger = canvas.getByRole('region', { name: 'Transaction history' });
    await waitFor(() => expect(within(ledger).getAllByRole('row').length).toBeGreaterThan(1));
  },
};

/**
 * Buy credits from the portal: "Add credits" opens the checkout dialog, the test card pays, and
 * the balance, the history and the grants on the page show the purchase without a reload.
 */
export const BuyCredits: Story = {
  parameters: { scenario: 'healthy' },
  async play({ canvasElement, canvas, userEvent }) {
    const balance = await balanceShows(canvasElement, '12,450.5 tokens');
    const page = within(canvasElement.ownerDocument.body);
    await userEvent.click(within(balance).getByRole('button', { name: 'Add credits' }));
    const dialog = within(await page.findByRole('dialog', { name: 'Add credits' }));
    await buy(dialog, userEvent);
    await userEvent.click(await dialog.findByRole('button', { name: 'Done' }, { timeout: 5000 }));
    await waitFor(() => expect(page.queryByRole('dialog')).not.toBeInTheDocument());

    await expect(await within(balance).findByText('13,450.5 tokens', {}, { timeout: 5000 })).toBeVisible();
    const ledger = canvas.getByRole('region', { name: 'Transaction history' });
    await waitFor(() => expect(within(ledger).getAllByRole('row')[1]).toHaveTextContent(/Grant.*\+?1,000/), {
      timeout: 5000,
    });
  },
};

/**
 * The toolbar's locale reaches every widget's words: in Arabic the page reads right to left and
 * each card is titled (and named for a screen reader) in Arabic.
 */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  async play({ canvasElement, canvas, userEvent }) {
    const ar = portalText.ar;
    const balance = await canvas.findByRole('region', { name: ar.balance!.title }, { timeout: 10_000 });
    await expect(canvasElement.querySelector('[dir]')).toHaveAttribute('dir', 'rtl');
    await expect(await within(balance).findByRole('button', { name: ar.balance!.addCredits })).toBeVisible();
    await expect(canvas.getByRole('region', { name: ar.utilization!.title })).toBeVisible();
    await expect(canvas.getByRole('region', { name: ar.ledger!.title })).toBeVisible();
    await expect(await canvas.findByRole('table', { name: ar.grants!.title }, { timeout: 10_000 })).toBeVisible();
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(ar.title);
    await expect(canvas.getByRole('region', { name: autoRechargeText.ar!.title })).toBeVisible();
    await expect(canvas.queryByText('Credit balance')).not.toBeInTheDocument();

    // The checkout dialog the balance opens speaks Arabic too.
    await userEvent.click(within(balance).getByRole('button', { name: ar.balance!.addCredits }));
    const page = within(canvasElement.ownerDocument.body);
    const dialog = await page.findByRole('dialog', { name: checkoutText.ar!.title });
    await expect(await within(dialog).findByRole('button', { name: checkoutText.ar!.close })).toBeVisible();
  },
};

/** Waits until no widget is busy, so the accessibility check reads the page as a customer sees it. */
const loaded: Pick<Story, 'play'> = {
  play: ({ canvasElement }) =>
    waitFor(() => expect(canvasElement.querySelectorAll('[aria-busy="true"]')).toHaveLength(0), { timeout: 10_000 }),
};

export const Healthy: Story = { parameters: { scenario: 'healthy' }, ...loaded };
export const LowBalance: Story = { parameters: { scenario: 'low-balance' }, ...loaded };
export const Depleted: Story = { parameters: { scenario: 'depleted' }, ...loaded };
export const SoftLimitOverage: Story = { parameters: { scenario: 'soft-limit-overage' }, ...loaded };
export const ExpiringSoon: Story = { parameters: { scenario: 'expiring-soon' }, ...loaded };
export const ScheduledGrants: Story = { parameters: { scenario: 'scheduled-grants' }, ...loaded };
export const HeavyUsage: Story = { parameters: { scenario: 'heavy-usage' }, ...loaded };
export const Empty: Story = { parameters: { scenario: 'empty' }, ...loaded };
export const ServerError: Story = { parameters: { network: 'server-error' }, ...loaded };
