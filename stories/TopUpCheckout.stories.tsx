import { MOCK_NOW } from '@creditkit/mocks';
import { CreditBalance, TopUpCheckout, TopUpCheckoutDialog } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import type { ComponentProps } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { widgetArgs, widgetArgTypes } from './support/args';
import { pinBrowserClock } from './support/clock';
import { allStates, failingNetwork } from './support/kit';
import { buy, CARDS, fillCard, findStep, tabTo } from './support/checkout';

const meta = {
  title: 'Widgets/TopUpCheckout',
  component: TopUpCheckout,
  args: { ...widgetArgs, onSuccess: fn(), onCancel: fn(), onDone: fn(), onStepChange: fn(), retryDelays: [0] },
  argTypes: {
    ...widgetArgTypes,
    defaultPackId: { control: 'select', options: ['pack-1000', 'pack-5000'] },
    retryDelays: { control: 'object' },
  },
  // Quotes expire by the engine's clock, which stands at MOCK_NOW: the browser's must agree.
  beforeEach: () => pinBrowserClock(MOCK_NOW),
} satisfies Meta<typeof TopUpCheckout>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Step 1 with the first pack chosen and priced by the server; Continue leads to the card form. */
export const ChooseAPack: Story = {
  async play({ canvas, userEvent }) {
    await findStep(canvas, 'Step 1 of 2: Choose an amount');
    await expect(canvas.getByRole('radio', { name: /1,000\stokens Starter · \$10\.00/ })).toBeChecked();
    await waitFor(() => expect(canvas.getByText('Total').nextElementSibling).toHaveTextContent('$12.00'));
    await userEvent.click(canvas.getByRole('radio', { name: /5,000\stokens/ }));
    await waitFor(() => expect(canvas.getByText('Total').nextElementSibling).toHaveTextContent('$60.00'));
    await expect(canvas.getByText('Balance after purchase').nextElementSibling).toHaveTextContent('17,450.5');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue to payment' }));
    await findStep(canvas, 'Step 2 of 2: Payment');
  },
};

/** A custom amount is bounded: the message under the field says what to type instead. */
export const CustomAmount: Story = {
  async play({ canvas, userEvent }) {
    await userEvent.click(await canvas.findByRole('radio', { name: /Custom amount/ }, { timeout: 5000 }));
    const field = canvas.getByLabelText('Custom amount (tokens)');
    await userEvent.type(field, '50');
    await expect(await canvas.findByText('The minimum is 100 tokens. Enter 100 tokens or more.')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/The minimum is 100\stokens/);
    await expect(canvas.getByRole('button', { name: 'Continue to payment' })).toBeDisabled();
    await userEvent.clear(field);
    await userEvent.type(field, '2500');
    await waitFor(() => expect(canvas.getByText('Total').nextElementSibling).toHaveTextContent('$30.00'));
    await expect(field).not.toHaveAttribute('aria-invalid');
  },
};

/** The success card pays once; the receipt names what was bought, and `onSuccess` gets it. */
export const Purchase: Story = {
  async play({ canvas, userEvent, args }) {
    await buy(canvas, userEvent);
    await expect(await canvas.findByText('Payment complete', {}, { timeout: 5000 })).toBeVisible();
    await expect(canvas.getByText('1,000 tokens were added to your balance.')).toBeVisible();
    await expect(canvas.getByText('New balance').nextElementSibling).toHaveTextContent('13,450.5 tokens');
    await expect(args.onSuccess).toHaveBeenCalledOnce();
    await userEvent.click(canvas.getByRole('button', { name: 'Done' }));
    await expect(args.onDone).toHaveBeenCalledOnce();
  },
};

/** Fields are checked as they are typed and when Pay is pressed, each message tied to its field. */
export const CardValidation: Story = {
  async play({ canvas, userEvent }) {
    await buy(canvas, userEvent, { card: { number: '4242424242424241', expiry: '0120', cvc: '1', name: '' } });
    await expect(canvas.getByLabelText('Card number')).toHaveAccessibleDescription(
      "This card number isn't valid. Check the digits.",
    );
    await expect(canvas.getByLabelText('Expiry (MM / YY)')).toHaveAccessibleDescription(
      'This card has expired. Use another card.',
    );
    await expect(canvas.getByLabelText('CVC')).toHaveAccessibleDescription('The CVC has 3 or 4 digits.');
    await expect(canvas.getByLabelText('Name on card')).toHaveAccessibleDescription('Enter the name on the card.');
    await expect(canvas.getByLabelText('Card number')).toHaveFocus();
  },
};

/** A declined card says why, grants nothing, and lets the customer try another card. */
export const Declined: Story = {
  async play({ canvas, userEvent, args }) {
    await buy(canvas, userEvent, { card: { number: CARDS.declined } });
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Your card was declined. Try another card.',
    );
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(canvas.getByLabelText('Card number')).toHaveFocus();
    await fillCard(canvas, userEvent, { number: CARDS.success });
    await userEvent.click(canvas.getByRole('button', { name: 'Pay $12.00' }));
    await expect(await canvas.findByText('Payment complete', {}, { timeout: 5000 })).toBeVisible();
  },
};

export const InsufficientFunds: Story = {
  async play({ canvas, userEvent, args }) {
    await buy(canvas, userEvent, { card: { number: CARDS.insufficientFunds } });
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(
      'Your card has insufficient funds. Try another card.',
    );
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** A double click on Pay buys once: the balance beside the checkout rises by one pack, not two. */
export const DoubleClickBuysOnce: Story = {
  render: (args) => (
    <>
      <CreditBalance currencyId={args.currencyId} />
      <TopUpCheckout {...args} />
    </>
  ),
  async play({ canvasElement, canvas, userEvent, args }) {
    await expect(await canvas.findByText('12,450.5 tokens', {}, { timeout: 5000 })).toBeVisible();
    await buy(canvas, userEvent, { payWith: 'dblClick' });
    await expect(await canvas.findByText('Payment complete', {}, { timeout: 5000 })).toBeVisible();
    const balance = within(canvasElement.querySelector<HTMLElement>('.ck-credit-balance')!);
    await expect(await balance.findByText('13,450.5 tokens')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledOnce();
  },
};

/**
 * Mounted once under the provider, the dialog opens from "Add credits" of the balance: focus moves
 * in, stays in (the page behind is inert), closing gives focus back to the button. (Escape is the
 * browser's own: scripted key presses do not trigger it, so e2e/checkout.test.ts presses it.)
 */
export const InADialog: Story = {
  render: (args) => (
    <>
      <CreditBalance currencyId={args.currencyId} />
      <TopUpCheckoutDialog retryDelays={args.retryDelays} onSuccess={args.onSuccess} localization={args.localization} />
    </>
  ),
  async play({ canvasElement, userEvent, args }) {
    const page = within(canvasElement.ownerDocument.body);
    const addCredits = await page.findByRole('button', { name: 'Add credits' }, { timeout: 5000 });
    await userEvent.click(addCredits);
    const dialog = await page.findByRole('dialog', { name: 'Add credits' });
    await expect(dialog).toContainElement(canvasElement.ownerDocument.activeElement as HTMLElement);
    await findStep(within(dialog), 'Step 1 of 2: Choose an amount');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(page.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(addCredits).toHaveFocus();

    await userEvent.click(addCredits);
    const again = within(await page.findByRole('dialog', { name: 'Add credits' }));
    await buy(again, userEvent);
    await userEvent.click(await again.findByRole('button', { name: 'Done' }, { timeout: 5000 }));
    await waitFor(() => expect(page.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(await page.findByText('13,450.5 tokens')).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledOnce();
  },
};

/** A whole purchase with the keyboard alone: Tab, arrows, typing and Enter. */
export const KeyboardOnly: Story = {
  async play({ canvas, userEvent, args }) {
    await findStep(canvas, 'Step 1 of 2: Choose an amount');
    await tabTo(userEvent, canvas.getByRole('radio', { name: /1,000\stokens/ }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: /5,000\stokens/ })).toBeChecked();
    await waitFor(() => expect(canvas.getByText('Total').nextElementSibling).toHaveTextContent('$60.00'));
    await tabTo(userEvent, canvas.getByRole('button', { name: 'Continue to payment' }));
    await userEvent.keyboard('{Enter}');
    await findStep(canvas, 'Step 2 of 2: Payment');
    await tabTo(userEvent, canvas.getByLabelText('Card number'));
    await userEvent.keyboard(CARDS.success);
    await userEvent.tab();
    await userEvent.keyboard('1230');
    await userEvent.tab();
    await userEvent.keyboard('123');
    await userEvent.tab();
    await userEvent.keyboard('Ada Lovelace{Enter}');
    await expect(await canvas.findByText('Payment complete', {}, { timeout: 5000 })).toBeVisible();
    await expect(args.onSuccess).toHaveBeenCalledOnce();
  },
};

/** Cancel is offered when the host passes `onCancel` (the dialog does). */
export const Cancel: Story = {
  async play({ canvas, userEvent, args }) {
    await userEvent.click(await canvas.findByRole('button', { name: 'Cancel' }, { timeout: 5000 }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/** Credits of a currency that is not for sale: no packs and no custom amount. */
export const NotForSale: Story = {
  async beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/currencies/:currencyId/packs', ({ params }) =>
        HttpResponse.json({ currencyId: params.currencyId, data: [], customAmount: null }),
      ),
    );
  },
  play: async ({ canvas }) =>
    expect(await canvas.findByText("Credits of this kind can't be bought here.", {}, { timeout: 5000 })).toBeVisible(),
};

/** What the customer has now decides what the summary promises: one pack on top of each balance. */
const balanceAfter = (amount: string): Pick<Story, 'play'> => ({
  async play({ canvas }) {
    await findStep(canvas, 'Step 1 of 2: Choose an amount');
    await waitFor(() =>
      expect(canvas.getByText('Balance after purchase').nextElementSibling).toHaveTextContent(amount),
    );
  },
});

export const LowBalance: Story = { parameters: { scenario: 'low-balance' }, ...balanceAfter('1,412.5') };

/** Out of credits under a hard limit: buying is how usage starts again. */
export const Depleted: Story = { parameters: { scenario: 'depleted' }, ...balanceAfter('1,000') };

/** In overage under a soft limit: a pack first pays the overage back. */
export const SoftLimitOverage: Story = { parameters: { scenario: 'soft-limit-overage' }, ...balanceAfter('-250.75') };

/** Credits about to expire stay in the balance until they do: a pack adds to all of it. */
export const ExpiringSoon: Story = { parameters: { scenario: 'expiring-soon' }, ...balanceAfter('11,402.963') };

/** Scheduled grants are not spendable yet, so the summary leaves them out. */
export const ScheduledGrants: Story = { parameters: { scenario: 'scheduled-grants' }, ...balanceAfter('9,669.968') };

export const HeavyUsage: Story = { parameters: { scenario: 'heavy-usage' }, ...balanceAfter('37,868.751') };

/** Buying for one resource's pool: the pack lands there, not in the global pool. */
export const ResourcePool: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: 'api-key-staging' },
  ...balanceAfter('6,964.22'),
};

/** A new customer's first purchase. */
export const Empty: Story = { parameters: { scenario: 'empty' }, ...balanceAfter('1,000') };

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvas }) {
    await expect(canvas.getByRole('region', { name: 'Add credits' })).toHaveAttribute('aria-busy', 'true');
    await findStep(canvas, 'Step 1 of 2: Choose an amount');
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load the checkout.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load the checkout.");

export const Offline: Story = failingNetwork('offline', "Couldn't load the checkout.");

/** Every state of the widget side by side, each served by its own engine. */
export const AllStates: Story = {
  ...allStates(
    [
      { state: 'loading', label: 'Loading' },
      { state: 'healthy', label: 'Healthy' },
      { state: 'depleted', label: 'Depleted' },
      { state: 'server-error', label: 'Error' },
    ],
    (args: ComponentProps<typeof TopUpCheckout>) => <TopUpCheckout {...args} />,
  ),
  async play({ canvas }) {
    await waitFor(() => expect(canvas.getAllByText('Step 1 of 2: Choose an amount')).toHaveLength(2), {
      timeout: 5000,
    });
    await expect(await canvas.findByRole('alert')).toHaveTextContent("Couldn't load the checkout.");
  },
};
