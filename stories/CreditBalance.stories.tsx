import { CreditBalance } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, within } from 'storybook/test';
import { portalText } from '../demo/i18n';
import { widgetArgs, widgetArgTypes } from './support/args';
import { allStates, failingNetwork } from './support/kit';
import { balanceStates } from './support/states';

const meta = {
  title: 'Widgets/CreditBalance',
  component: CreditBalance,
  args: { ...widgetArgs, showUnits: true, onAddCredits: fn() },
  argTypes: {
    ...widgetArgTypes,
    lowThreshold: { control: 'text' },
    showForecast: { control: 'boolean' },
    showAutoRecharge: { control: 'boolean' },
  },
} satisfies Meta<typeof CreditBalance>;

export default meta;
type Story = StoryObj<typeof meta>;

// Long enough for the `slow` network condition to answer.
const findBalance = async (canvasElement: HTMLElement, text: string) =>
  expect(await within(canvasElement).findByText(text, {}, { timeout: 5000 })).toBeVisible();

export const Healthy: Story = {
  async play({ canvasElement, canvas, userEvent, args }) {
    await findBalance(canvasElement, '12,450.5 tokens');
    await userEvent.click(canvas.getByRole('button', { name: 'Add credits' }));
    await expect(args.onAddCredits).toHaveBeenCalledWith({ currencyId: 'cred-type-ai-tokens', resourceId: null });
  },
};

export const LowBalance: Story = {
  parameters: { scenario: 'low-balance' },
  play: ({ canvasElement }) => findBalance(canvasElement, '412.5 tokens'),
};

export const ExpiringSoon: Story = {
  parameters: { scenario: 'expiring-soon' },
  play: ({ canvasElement }) => findBalance(canvasElement, '10,402.963 tokens'),
};

/** Scheduled grants are promised, not spendable: the balance leaves them out. */
export const ScheduledGrants: Story = {
  parameters: { scenario: 'scheduled-grants' },
  play: ({ canvasElement }) => findBalance(canvasElement, '8,669.968 tokens'),
};

/** 90 days of heavy usage drawn from an annual contract. */
export const HeavyUsage: Story = {
  parameters: { scenario: 'heavy-usage' },
  play: ({ canvasElement }) => findBalance(canvasElement, '36,868.751 tokens'),
};

/** One resource's own pool: it never draws on the global pool or on other resources. */
export const ResourcePool: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: 'api-key-staging' },
  play: ({ canvasElement }) => findBalance(canvasElement, '5,964.22 tokens'),
};

export const Depleted: Story = {
  parameters: { scenario: 'depleted' },
  play: ({ canvasElement }) => findBalance(canvasElement, '0 tokens'),
};

export const SoftLimitOverage: Story = {
  parameters: { scenario: 'soft-limit-overage' },
  play: ({ canvasElement }) => findBalance(canvasElement, '-1,250.75 tokens'),
};

export const Empty: Story = {
  parameters: { scenario: 'empty' },
  play: ({ canvasElement }) => findBalance(canvasElement, '0 tokens'),
};

/** The toolbar's locale brings the widget's words as well as its number format: German here. */
export const German: Story = {
  globals: { locale: 'de-DE' },
  async play({ canvasElement, canvas }) {
    const de = portalText['de-DE'].balance!;
    await expect(await canvas.findByRole('region', { name: de.title }, { timeout: 5000 })).toBeVisible();
    await findBalance(canvasElement, '12.450,5 tokens');
    await expect(canvas.getByRole('button', { name: de.addCredits })).toBeVisible();
  },
};

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvasElement }) {
    await expect(within(canvasElement).getByRole('region', { name: 'Credit balance' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await findBalance(canvasElement, '12,450.5 tokens');
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load your balance.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load your balance.");

export const Offline: Story = failingNetwork('offline', "Couldn't load your balance.");

/** Every state of the widget side by side, each served by its own engine. */
export const AllStates: Story = {
  ...allStates(balanceStates, (args: ComponentProps<typeof CreditBalance>) => <CreditBalance {...args} />),
  async play({ canvasElement }) {
    await findBalance(canvasElement, '412.5 tokens');
    await expect(await within(canvasElement).findByRole('alert')).toBeVisible();
  },
};
