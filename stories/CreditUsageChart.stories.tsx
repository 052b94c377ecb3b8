import { CreditsProvider, useCreditsContext } from '@creditkit/react';
import { CreditUsageChart } from '@creditkit/react/CreditUsageChart';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ReactNode } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { storyQueryClient } from './support/states';
import { usageStoryClient } from './support/usage-client';

type Mode = Parameters<typeof usageStoryClient>[0];

/** The chart on a client that answers usage locally (deterministic), inside the story's theme and locale. */
function UsageProvider({ mode, children }: { mode: Mode; children: ReactNode }) {
  const { locale, theme } = useCreditsContext();
  const [client] = useState(() => usageStoryClient(mode));
  const [queryClient] = useState(() => storyQueryClient());
  return (
    <CreditsProvider
      client={client}
      customerId="customer-demo-01"
      locale={locale}
      theme={theme}
      queryClient={queryClient}
    >
      {children}
    </CreditsProvider>
  );
}

const NOW = new Date('2026-11-23T10:30:00Z');

const meta = {
  title: 'Widgets/CreditUsageChart',
  component: CreditUsageChart,
  args: { currencyId: 'cred-type-ai-tokens', now: NOW },
  decorators: [
    (Story, context) => (
      <UsageProvider mode={(context.parameters.usage as Mode) ?? 'data'}>
        <Story />
      </UsageProvider>
    ),
  ],
} satisfies Meta<typeof CreditUsageChart>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ByFeature: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('button', { name: /feat-chat-completion/ }, { timeout: 5000 })).toBeVisible();
  },
};

export const ByModelLast90Days: Story = {
  args: { defaultValue: { range: { preset: 'last_90_days' }, groupBy: 'model' } },
};

export const FoldedIntoOther: Story = {
  args: { maxSeries: 5 },
};

export const TableView: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Table' }, { timeout: 5000 }));
    await expect(canvas.getByRole('table')).toBeVisible();
  },
};

export const Empty: Story = { parameters: { usage: 'empty' } };
export const Loading: Story = { parameters: { usage: 'loading' } };
export const ServerError: Story = {
  parameters: { usage: 'error' },
  async play({ canvasElement }) {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent("Couldn't load usage.");
  },
};
