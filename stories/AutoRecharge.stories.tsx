import { MOCK_NOW } from '@creditkit/mocks';
import { AutoRecharge, CreditBalance } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import type { ComponentProps } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { widgetArgs, widgetArgTypes } from './support/args';
import { pinBrowserClock } from './support/clock';
import { allStates, failingNetwork } from './support/kit';

const meta = {
  title: 'Widgets/AutoRecharge',
  component: AutoRecharge,
  args: { ...widgetArgs, readOnly: false },
  argTypes: { ...widgetArgTypes, readOnly: { control: 'boolean' } },
  // "This month" is the engine's month: the browser's clock must agree with its MOCK_NOW.
  beforeEach: () => pinBrowserClock(MOCK_NOW),
} satisfies Meta<typeof AutoRecharge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Rule text as the widget writes it: numbers and units joined by no-break spaces. */
const spaced = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

/** Waits (long enough for the `slow` condition) for the status badge. */
async function findBadge(canvasElement: HTMLElement, text: 'On' | 'Off'): Promise<void> {
  const badge = await within(canvasElement).findByText(text, { selector: '[data-part="badge"]' }, { timeout: 5000 });
  await expect(badge).toBeVisible();
}

/** Stories of customers without a policy: the status reads Off. */
const showsOff: Pick<Story, 'play'> = { play: ({ canvasElement }) => findBadge(canvasElement, 'Off') };

/** On, with its rule, this month's spend against the limit and the settings form. */
export const On: Story = {
  async play({ canvasElement, canvas }) {
    await findBadge(canvasElement, 'On');
    await expect(
      canvas.getByText(spaced('When the balance falls below 1,000 tokens, top up to 5,000 tokens.')),
    ).toBeVisible();
    const meter = canvas.getByRole('meter', { name: 'Spent this month' });
    await expect(meter).toHaveAttribute('aria-valuetext', expect.stringMatching(/of \$200\.00$/));
    await expect(canvas.getByRole('switch', { name: 'Recharge automatically' })).toBeChecked();
  },
};

/** Off: the low-balance customer has no policy yet, so nothing tops the balance up. */
export const Off: Story = {
  parameters: { scenario: 'low-balance' },
  async play({ canvasElement, canvas }) {
    await findBadge(canvasElement, 'Off');
    await expect(canvas.getByText('Off: your balance is not topped up automatically.')).toBeVisible();
  },
};

/** Each field says what is wrong with it, and Save goes to the first wrong field. */
export const Validation: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    await findBadge(canvasElement, 'On');
    const threshold = canvas.getByLabelText('Recharge when the balance falls below');
    const target = canvas.getByLabelText('Top up to');
    const limit = canvas.getByLabelText('Monthly spend limit (USD)');
    await userEvent.clear(target);
    await userEvent.type(target, '800');
    await userEvent.tab();
    await expect(target).toHaveAccessibleDescription(
      spaced('Top up to more than 1,000 tokens, the recharge threshold.'),
    );
    await userEvent.clear(limit);
    await userEvent.type(limit, 'lots');
    await userEvent.tab();
    await expect(limit).toHaveAccessibleDescription(/Enter an amount of money, like 100, or leave it empty\./);
    await userEvent.clear(threshold);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(threshold).toHaveAccessibleDescription('Enter a balance, like 500.');
    await expect(threshold).toHaveFocus();
  },
};

/** A wrong value is explained and blocks Save; corrected, it saves and the rule follows. */
export const InvalidThenValid: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    await findBadge(canvasElement, 'On');
    const target = canvas.getByLabelText('Top up to');
    await userEvent.clear(target);
    await userEvent.type(target, '500');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(target).toHaveAccessibleDescription(
      spaced('Top up to more than 1,000 tokens, the recharge threshold.'),
    );
    await expect(target).toHaveFocus();
    await expect(canvas.queryByText('Saved.')).not.toBeInTheDocument();

    await userEvent.clear(target);
    await userEvent.type(target, '6000');
    await expect(target).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Saved.')).toBeVisible();
    await waitFor(() =>
      expect(
        canvas.getByText(spaced('When the balance falls below 1,000 tokens, top up to 6,000 tokens.')),
      ).toBeVisible(),
    );
  },
};

/** The preview follows what is typed; Save stores it and the status shows the new rule. */
export const SaveARule: Story = {
  async play({ canvasElement, canvas, userEvent }) {
    await findBadge(canvasElement, 'On');
    const target = canvas.getByLabelText('Top up to');
    await userEvent.clear(target);
    await userEvent.type(target, '8000');
    await userEvent.clear(canvas.getByLabelText('Monthly spend limit (USD)'));
    await expect(
      canvas.getByText(spaced("we'll buy credits to bring it back to 8,000 tokens with no monthly limit."), {
        exact: false,
      }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText('Saved.')).toBeVisible();
    await waitFor(() =>
      expect(
        canvas.getByText(spaced('When the balance falls below 1,000 tokens, top up to 8,000 tokens.')),
      ).toBeVisible(),
    );
  },
};

/**
 * Below the threshold already: the form warns that saving recharges at once (the engine recharges
 * every pool below the threshold when the policy is saved), and the balance widget beside it shows
 * the policy.
 */
export const BelowThresholdWarning: Story = {
  parameters: { scenario: 'low-balance' },
  render: (args) => (
    <>
      <CreditBalance currencyId={args.currencyId} />
      <AutoRecharge {...args} />
    </>
  ),
  async play({ canvasElement, canvas, userEvent }) {
    await findBadge(canvasElement, 'Off');
    await userEvent.click(canvas.getByRole('switch', { name: 'Recharge automatically' }));
    await userEvent.type(canvas.getByLabelText('Recharge when the balance falls below'), '1000');
    await userEvent.type(canvas.getByLabelText('Top up to'), '5000');
    const warning = await canvas.findByText(
      spaced(
        'Your balance of 412.5 tokens is already below 1,000 tokens: saving tops it up to 5,000 tokens right away.',
      ),
    );
    await expect(canvas.getByRole('button', { name: 'Save' })).toHaveAccessibleDescription(warning.textContent!);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await findBadge(canvasElement, 'On');
    const balance = within(canvasElement.querySelector<HTMLElement>('.ck-credit-balance')!);
    await expect(await balance.findByText('Auto-recharge on')).toBeVisible();
  },
};

/** For customers who may see but not change the policy. */
export const ReadOnly: Story = {
  args: { readOnly: true },
  async play({ canvasElement, canvas }) {
    await findBadge(canvasElement, 'On');
    await expect(canvas.getByText('Only an account admin can change auto-recharge.')).toBeVisible();
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument();
  },
};

/** A token that may not read the policy gets a plain sentence, not an error to retry. */
export const Forbidden: Story = {
  async beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/customers/:customerId/auto-recharge/:currencyId/status', () =>
        HttpResponse.json(
          { error: { code: 'forbidden', message: 'This token may not read the auto-recharge policy.' } },
          { status: 403 },
        ),
      ),
    );
  },
  play: async ({ canvas }) =>
    expect(
      await canvas.findByText(
        "You don't have permission to see auto-recharge. Ask an account admin.",
        {},
        {
          timeout: 5000,
        },
      ),
    ).toBeVisible(),
};

/** Out of credits and no policy: the form is where the customer turns recharging on. */
export const Depleted: Story = { parameters: { scenario: 'depleted' }, ...showsOff };

/** Spent past zero under a soft limit, with no policy: nothing has paid the overage back. */
export const SoftLimitOverage: Story = { parameters: { scenario: 'soft-limit-overage' }, ...showsOff };

/** Credits about to expire, with no policy: recharging would start only once they have gone. */
export const ExpiringSoon: Story = { parameters: { scenario: 'expiring-soon' }, ...showsOff };

/** Grants scheduled for later do not count: the policy reads the balance spendable now. */
export const ScheduledGrants: Story = { parameters: { scenario: 'scheduled-grants' }, ...showsOff };

/** One resource's pool of a customer with many: the policy is the customer's, per currency. */
export const ResourcePool: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: 'api-key-staging' },
  ...showsOff,
};

/** A new customer has no policy yet. */
export const Empty: Story = { parameters: { scenario: 'empty' }, ...showsOff };

/** 90 days of heavy usage with recharging on since the start. */
export const HeavyUsage: Story = {
  parameters: { scenario: 'heavy-usage' },
  play: ({ canvasElement }) => findBadge(canvasElement, 'On'),
};

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvasElement, canvas }) {
    await expect(canvas.getByRole('region', { name: 'Auto-recharge' })).toHaveAttribute('aria-busy', 'true');
    await findBadge(canvasElement, 'On');
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load auto-recharge.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load auto-recharge.");

export const Offline: Story = failingNetwork('offline', "Couldn't load auto-recharge.");

/** Every state of the widget side by side, each served by its own engine. */
export const AllStates: Story = {
  ...allStates(
    [
      { state: 'loading', label: 'Loading' },
      { state: 'healthy', label: 'On' },
      { state: 'low-balance', label: 'Off' },
      { state: 'server-error', label: 'Error' },
    ],
    (args: ComponentProps<typeof AutoRecharge>) => <AutoRecharge {...args} />,
  ),
  async play({ canvas }) {
    await waitFor(() => expect(canvas.getAllByRole('switch')).toHaveLength(2), { timeout: 5000 });
    await expect(await canvas.findByRole('alert')).toHaveTextContent("Couldn't load auto-recharge.");
  },
};
