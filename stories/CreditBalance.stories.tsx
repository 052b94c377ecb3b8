import { CreditBalance } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { allStatesParameters, StatesGrid, stateHandlers, type StateCell } from './support/states';

const meta = {
  title: 'Widgets/CreditBalance',
  component: CreditBalance,
  args: { currencyId: 'cred-type-ai-tokens', showUnits: true },
} satisfies Meta<typeof CreditBalance>;

export default meta;
type Story = StoryObj<typeof meta>;

// Long enough for the `slow` network condition to answer.
const findBalance = async (canvasElement: HTMLElement, text: string) =>
  expect(await within(canvasElement).findByText(text, {}, { timeout: 5000 })).toBeVisible();

const expectErrorWithRetry = async (canvasElement: HTMLElement) => {
  const canvas = within(canvasElement);
  await expect(await canvas.findByRole('alert')).toHaveTextContent("Couldn't load your balance.");
  await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
};

export const Healthy: Story = {
  play: ({ canvasElement }) => findBalance(canvasElement, '12,450.5 tokens'),
};

export const LowBalance: Story = {
  parameters: { scenario: 'low-balance' },
  play: ({ canvasElement }) => findBalance(canvasElement, '412.5 tokens'),
};

export const ExpiringSoon: Story = {
  parameters: { scenario: 'expiring-soon' },
  play: ({ canvasElement }) => findBalance(canvasElement, '10,402.963 tokens'),
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

export const ServerError: Story = {
  parameters: { network: 'server-error' },
  play: ({ canvasElement }) => expectErrorWithRetry(canvasElement),
};

export const Unauthorized: Story = {
  parameters: { network: 'unauthorized' },
  play: ({ canvasElement }) => expectErrorWithRetry(canvasElement),
};

export const Offline: Story = {
  parameters: { network: 'offline' },
  play: ({ canvasElement }) => expectErrorWithRetry(canvasElement),
};

const states: StateCell[] = [
  { state: 'loading', label: 'Loading' },
  { state: 'healthy', label: 'Healthy' },
  { state: 'low-balance', label: 'Low balance' },
  { state: 'depleted', label: 'Depleted' },
  { state: 'soft-limit-overage', label: 'Overage' },
  { state: 'empty', label: 'Empty' },
  { state: 'server-error', label: 'Error' },
];

/** Every state of the widget side by side, each served by its own engine. */
export const AllStates: Story = {
  parameters: allStatesParameters,
  async beforeEach({ msw }) {
    msw.use(...(await stateHandlers(states.map((cell) => cell.state))));
  },
  render: (args) => <StatesGrid cells={states} render={() => <CreditBalance {...args} />} />,
  async play({ canvasElement }) {
    await findBalance(canvasElement, '412.5 tokens');
    await expect(await within(canvasElement).findByRole('alert')).toBeVisible();
  },
};
