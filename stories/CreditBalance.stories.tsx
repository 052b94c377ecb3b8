import { CreditBalance } from '@creditkit/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { expect, within } from 'storybook/test';

const meta = {
  title: 'Widgets/CreditBalance',
  component: CreditBalance,
  args: { currencyId: 'cred-type-ai-tokens', showUnits: true },
} satisfies Meta<typeof CreditBalance>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Healthy: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('12,450.5 tokens')).toBeVisible();
  },
};

export const Empty: Story = {
  parameters: { scenario: 'empty' },
  async play({ canvasElement }) {
    await expect(await within(canvasElement).findByText('0 tokens')).toBeVisible();
  },
};

export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.get('*/v1/customers/:customerId/balance', () =>
        HttpResponse.json({ error: { code: 'internal_error', message: 'The server failed.' } }, { status: 500 }),
      ),
    );
  },
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent("Couldn't load your balance.");
    await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};
