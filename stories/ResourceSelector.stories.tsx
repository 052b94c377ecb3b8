import { CreditBalance, ResourceSelector } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { widgetArgTypes } from './support/args';
import { allStates, failingNetwork } from './support/kit';
import type { StateCell } from './support/states';

const { resourceId, ...numberArgTypes } = widgetArgTypes;

const meta = {
  title: 'Widgets/ResourceSelector',
  component: ResourceSelector,
  args: { currencyId: 'cred-type-ai-tokens', onChange: fn() },
  argTypes: { ...numberArgTypes, value: resourceId },
  parameters: { scenario: 'many-resources' },
} satisfies Meta<typeof ResourceSelector>;

export default meta;
type Story = StoryObj<typeof meta>;

const findSelect = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('combobox', { name: 'Credits for' }, { timeout: 5000 });

/** The global pool and twelve resources, each with its balance. */
export const ManyResources: Story = {
  async play({ canvasElement }) {
    const select = await findSelect(canvasElement);
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(13));
    // Names come with the resources, balances with the pools' summary a moment later.
    await waitFor(() =>
      expect(within(select).getByRole('option', { name: /^Staging API key/ })).toHaveTextContent('5,964.22 tokens'),
    );
  },
};

/** Without `currencyId` the choices are names only. */
export const NamesOnly: Story = {
  args: { currencyId: undefined },
  async play({ canvasElement }) {
    const select = await findSelect(canvasElement);
    await expect(within(select).getByRole('option', { name: /^Staging API key/ })).toHaveTextContent(
      /^Staging API key$/,
    );
  },
};

/**
 * Uncontrolled, the selector sets the provider's pool, so every widget under the same provider
 * re-scopes: pick a resource and the balance beside it follows.
 */
export const DrivesOtherWidgets: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 16, maxInlineSize: 360 }}>
      <ResourceSelector {...args} />
      <CreditBalance currencyId="cred-type-ai-tokens" showForecast={false} />
    </div>
  ),
  async play({ canvasElement, canvas, userEvent, args }) {
    const select = await findSelect(canvasElement);
    await userEvent.selectOptions(select, 'api-key-staging');
    await expect(args.onChange).toHaveBeenCalledWith('api-key-staging');
    await expect(await canvas.findByText('5,964.22 tokens')).toBeVisible();
    await userEvent.selectOptions(select, '@global');
    await expect(args.onChange).toHaveBeenLastCalledWith(null);
  },
};

/** Controlled by the host: the choice stays where `value` says. */
export const Controlled: Story = {
  args: { value: 'seat-ada' },
  play: async ({ canvasElement }) => expect(await findSelect(canvasElement)).toHaveValue('seat-ada'),
};

/** A customer without resources has only the whole account to pick. */
export const NoResources: Story = {
  parameters: { scenario: 'healthy' },
  async play({ canvasElement }) {
    const select = await findSelect(canvasElement);
    await expect(within(select).getAllByRole('option')).toHaveLength(1);
  },
};

export const Empty: Story = { parameters: { scenario: 'empty' } };

export const SlowNetwork: Story = {
  parameters: { network: 'slow' },
  async play({ canvasElement, canvas }) {
    await expect(canvas.getByText('Loading resources…')).toBeInTheDocument();
    await findSelect(canvasElement);
  },
};

export const ServerError: Story = failingNetwork('server-error', "Couldn't load your resources.");

export const Unauthorized: Story = failingNetwork('unauthorized', "Couldn't load your resources.");

export const Offline: Story = failingNetwork('offline', "Couldn't load your resources.");

const states: StateCell[] = [
  { state: 'loading', label: 'Loading' },
  { state: 'many-resources', label: 'Many resources' },
  { state: 'healthy', label: 'No resources' },
  { state: 'server-error', label: 'Error' },
];

/**
 * Every state, one under another (a select is as wide as its longest choice, wider than a grid
 * cell), each on its own engine.
 */
export const AllStates: Story = {
  ...allStates(states, (args: ComponentProps<typeof ResourceSelector>) => <ResourceSelector {...args} />, {
    wide: true,
  }),
  async play({ canvas }) {
    await waitFor(() => expect(canvas.getAllByRole('combobox')).toHaveLength(2), { timeout: 5000 });
    await expect(await canvas.findByRole('alert')).toBeVisible();
  },
};
