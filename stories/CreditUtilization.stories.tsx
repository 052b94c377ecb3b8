import { CreditUtilization } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { widgetArgs, widgetArgTypes } from './support/args';
import { allStates, failingNetwork } from './support/kit';
import { balanceStates } from './support/states';

const meta = {
  title: 'Widgets/CreditUtilization',
  component: CreditUtilization,
  args: { ...widgetArgs, onAddCredits: fn() },
  argTypes: { ...widgetArgTypes, thresholds: { control: 'object' } },
} satisfies Meta<typeof CreditUtilization>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits (long enough for the `slow` condition) for the meter and checks its state. */
async function expectMeter(canvasElement: HTMLElement, state: string): Promise<void> {
  const meter = await within(canvasElement).findByRole('meter', {}, { timeout: 5000 });
  await expect(meter).toHaveAttribute('data-state', state);
}

export const Healthy: Story = {
  async play({ canvasElement, canvas, userEvent, args }) {
    await expectMeter(canvasElement, 'ok');
    await expect(canvas.getByRole('meter')).toHaveAccessibleName(/ of /);
    await userEvent.click(canvas.getByRole('button', { name: 'Add credits' }));
    await expect(args.onAddCredits).toHaveBeenCalledWith({ currencyId: 'cred-type-ai-tokens', resourceId: null });
  },
};

export const LowBalance: Story = {
  parameters: { scenario: 'low-balance' },
  play: ({ canvasElement }) => expectMeter(canvasElement, 'critical'),
};

/** The thresholds are the host's: here the meter warns from half the period's credits. */
export const CustomThresholds: Story = {
  args: { thresholds: { warning: 20, critical: 95 } },
  play: ({ canvasElement }) => expectMeter(canvasElement, 'warning'),
};

export const Depleted: Story = {
  parameters: { scenario: 'depleted' },
  async play({ canvasElement, canvas }) {
    await expectMeter(canvasElement, 'critical');
    await expect(canvas.getByRole('meter')).toHaveAttribute('aria-valuenow', '100');
  },
};

export const SoftLimitOverage: Story = {
  parameters: { scenario: 'soft-limit-overage' },
  play: ({ canvasElement }) => expectMeter(canvasElement, 'critical'),
};

export const ExpiringSoon: Story = {
  parameters: { scenario: 'expiring-soon' },
  play: ({ canvasElement }) => expectMeter(canvasElement, 'ok'),
};

export const ScheduledGrants: Story = {
  parameters: { scenario: 'scheduled-grants' },
  play: ({ canvasElement }) => expectMeter(canvasElement, 'ok'),
};

/** One resource's own pool and period. */
export const ResourcePool: Story = {
  parameters: { scenario: 'many-resources' },
  args: { resourceId: 'api-key-staging' },
  play: ({ canvasElement }) => expectMeter(canvasElement, 'ok'),
};

export const HeavyUsage: Story = {
  parameters: { scenario: 'heavy-usage' },
  play: ({ canvasElement }) => expectMeter(canvasElement, 'ok'),
};

export const Empty: Story = {
  parameters: { scenario: 'empty' },
  play: async ({ canvas }) => expect(await canvas.findByText('No credits in this period yet.')).toBeVisible(),
};

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvasElement, canvas }) {
    await expect(canvas.getByRole('region', { name: 'Usage this period' })).toHaveAttribute('aria-busy', 'true');
    await expectMeter(canvasElement, 'ok');
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load your usage.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load your usage.");

export const Offline: Story = failingNetwork('offline', "Couldn't load your usage.");

/** Every state of the widget side by side, each served by its own engine. */
export const AllStates: Story = {
  ...allStates(balanceStates, (args: ComponentProps<typeof CreditUtilization>) => <CreditUtilization {...args} />),
  async play({ canvas }) {
    await waitFor(() => expect(canvas.getAllByRole('meter')).toHaveLength(4), { timeout: 5000 });
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};
