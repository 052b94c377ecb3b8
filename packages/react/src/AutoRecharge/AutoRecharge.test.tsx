import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithClient } from '../TopUpCheckout/testing';
import { expectNoAxeViolations } from '../test/axe';
import { AutoRecharge } from './AutoRecharge';
import { createFakeAutoRecharge, FIXTURE_CURRENCY, type FakeAutoRecharge } from './fixtures';

function renderWith(ui: ReactElement, fake: FakeAutoRecharge = createFakeAutoRecharge()) {
  return { ...renderWithClient(ui, fake.client), fake };
}

const widget = <AutoRecharge currencyId={FIXTURE_CURRENCY} />;
const nbsp = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));

describe('AutoRecharge', { timeout: 40_000 }, () => {
  it('shows a skeleton, then the status: on, the rule, the month against the limit and the last recharge', async () => {
    const { container } = renderWith(widget);
    expect(screen.getByText('Loading auto-recharge…')).toBeInTheDocument();
    expect(await screen.findByText('On')).toBeInTheDocument();
    expect(
      screen.getByText(nbsp('When the balance falls below 500 tokens, top up to 2,000 tokens.')),
    ).toBeInTheDocument();
    const meter = screen.getByRole('meter', { name: 'Spent this month' });
    expect(meter).toHaveAttribute('aria-valuenow', '40');
    expect(meter).toHaveAttribute('aria-valuetext', '$40.00 of $100.00');
    expect(screen.getByText(nbsp('1,500 tokens on Nov 14, 2026'), { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Succeeded')).toBeInTheDocument();
    expect(container.querySelector('.ck-auto-recharge')).toHaveAttribute('data-state', 'on');
    await expectNoAxeViolations(container);
  });

  it('shows a failed last recharge with its reason, and no meter without a limit', async () => {
    const fake = createFakeAutoRecharge({ monthlySpendLimit: null });
    fake.lastRecharge = fake.attempt({ status: 'failed', reason: 'monthly spend limit reached' });
    renderWith(widget, fake);
    expect(await screen.findByText('Failed: monthly spend limit reached')).toBeInTheDocument();
    expect(screen.getByText('$40.00 · no monthly limit')).toBeInTheDocument();
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });

  it('validates the settings with messages tied to their fields', async () => {
    const { user, container, fake } = renderWith(widget);
    const threshold = await screen.findByLabelText('Recharge when the balance falls below');
    const target = screen.getByLabelText('Top up to');
    const limit = screen.getByLabelText('Monthly spend limit (USD)');
    expect(limit).toHaveAccessibleDescription('Optional. Leave empty for no limit.');

    await user.clear(target);
    await user.type(target, '400');
    await user.tab();
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveAccessibleDescription(nbsp('Top up to more than 500 tokens, the recharge threshold.'));

    await user.clear(threshold);
    await user.tab();
    expect(threshold).toHaveAccessibleDescription('Enter a balance, like 500.');
    await user.type(threshold, '1.2345');
    expect(threshold).toHaveAccessibleDescription('Use at most 3 decimal places.');
    await user.clear(limit);
    await user.type(limit, 'lots');
    await user.tab();
    expect(limit).toHaveAccessibleDescription(/Enter an amount of money, like 100, or leave it empty./);
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(threshold).toHaveFocus();
    expect(fake.updates).toHaveLength(0);
  });

  it('previews the rule as it is typed, and saves it', async () => {
    const { user, fake } = renderWith(widget);
    const target = await screen.findByLabelText('Top up to');
    await user.clear(target);
    await user.type(target, '3000');
    await user.clear(screen.getByLabelText('Monthly spend limit (USD)'));
    expect(
      screen.getByText(nbsp("we'll buy credits to bring it back to 3,000 tokens with no monthly limit."), {
        exact: false,
      }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Monthly spend limit (USD)'), '250');
    expect(screen.getByText(/spending at most \$250\.00 a month\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(fake.updates).toEqual([
      {
        customerId: 'customer-demo-01',
        currencyId: FIXTURE_CURRENCY,
        enabled: true,
        threshold: '500',
        target: '3000',
        monthlySpendLimit: '250',
      },
    ]);
    await waitFor(() =>
      expect(screen.getByText(nbsp('top up to 3,000 tokens.'), { exact: false })).toBeInTheDocument(),
    );
  });

  it('warns when the balance is already below the threshold being saved', async () => {
    const { user, container } = renderWith(widget);
    const threshold = await screen.findByLabelText('Recharge when the balance falls below');
    expect(screen.queryByText(/right away/)).not.toBeInTheDocument();
    await user.clear(threshold);
    await user.type(threshold, '1500');
    const warning = screen.getByText(
      nbsp('Your balance of 1,200 tokens is already below 1,500 tokens: saving tops it up to 2,000 tokens right away.'),
    );
    expect(warning).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveAccessibleDescription(warning.textContent!);
    await expectNoAxeViolations(container);
  });

  it('turns off with the switch', async () => {
    const { user, fake, container } = renderWith(widget);
    await user.click(await screen.findByRole('switch', { name: 'Recharge automatically' }));
    expect(
      screen.getByText("Auto-recharge will be off: your balance won't be topped up automatically."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(container.querySelector('.ck-auto-recharge')).toHaveAttribute('data-state', 'off'));
    expect(screen.getByText('Off: your balance is not topped up automatically.')).toBeInTheDocument();
    expect(fake.policy?.enabled).toBe(false);
  });

  it('is read-only with the readOnly prop', async () => {
    const { container } = renderWith(<AutoRecharge currencyId={FIXTURE_CURRENCY} readOnly />);
    expect(await screen.findByText('Only an account admin can change auto-recharge.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('turns read-only when the server forbids the change', async () => {
    const fake = createFakeAutoRecharge();
    fake.forbidSave = true;
    const { user } = renderWith(widget, fake);
    const target = await screen.findByLabelText('Top up to');
    await user.clear(target);
    await user.type(target, '2500');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Only an account admin can change auto-recharge.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('says so when the customer may not see the policy', async () => {
    const fake = createFakeAutoRecharge();
    fake.forbidRead = true;
    renderWith(widget, fake);
    expect(
      await screen.findByText("You don't have permission to see auto-recharge. Ask an account admin."),
    ).toBeInTheDocument();
  });

  it('shows an error with a retry that recovers', async () => {
    const fake = createFakeAutoRecharge();
    fake.failReads = true;
    const { user, container } = renderWith(widget, fake);
    expect(await screen.findByRole('alert')).toHaveTextContent("Couldn't load auto-recharge.");
    await expectNoAxeViolations(container);
    fake.failReads = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('On')).toBeInTheDocument();
  });

  it('uses localized strings', async () => {
    renderWith(
      <AutoRecharge currencyId={FIXTURE_CURRENCY} localization={{ title: 'Automatisch aufladen', on: 'An' }} />,
    );
    expect(await screen.findByRole('heading', { name: 'Automatisch aufladen' })).toBeInTheDocument();
    expect(await screen.findByText('An')).toBeInTheDocument();
  });

  it('keeps each amount whole inside a right-to-left sentence, and plain text in a left-to-right one', async () => {
    const isolated = /\u2068[^\u2069]*\d[^\u2069]*\u2069/g;
    const rule = 'عند انخفاض الرصيد عن {threshold}، يُشحن إلى {target}.';
    const arabic = renderWithClient(
      <AutoRecharge currencyId={FIXTURE_CURRENCY} localization={{ rule, spendOfLimit: '{spent} من {limit}' }} />,
      createFakeAutoRecharge().client,
      { locale: 'ar' },
    );
    await screen.findByText(/يُشحن/);
    const ruleText = arabic.container.querySelector('[data-part="rule"]')?.textContent ?? '';
    // Threshold and target each sit in their own isolate, so "500 tokens" is never split by the words around it.
    expect(ruleText.match(isolated)).toHaveLength(2);
    expect(ruleText.replace(isolated, '')).toBe('عند انخفاض الرصيد عن ، يُشحن إلى .');
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')?.match(isolated)).toHaveLength(2);
    arabic.unmount();

    const { container } = renderWith(widget);
    await screen.findByText('On');
    expect(container.querySelector('[data-part="rule"]')).toHaveTextContent(/^When the balance falls below 500/);
    expect(container.textContent).not.toMatch(/[\u2068\u2069]/);
  });

  it('reads and writes amounts as the locale does: 250,50 in German is 250.5, never 25050', async () => {
    const fake = createFakeAutoRecharge({ monthlySpendLimit: '100.50' });
    const { user } = renderWithClient(widget, fake.client, { locale: 'de-DE' });
    const limit = await screen.findByLabelText('Monthly spend limit (USD)');
    // The saved limit of 100.50 shows with the German decimal sign.
    await waitFor(() => expect(limit).toHaveValue('100,50'));
    await user.clear(limit);
    await user.type(limit, '250,50');
    const target = screen.getByLabelText('Top up to');
    await user.clear(target);
    await user.type(target, '2.500');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(fake.updates.at(-1)).toMatchObject({ target: '2500', monthlySpendLimit: '250.5' });
  });

  it("dates the last recharge in the provider's time zone", async () => {
    // The fixture's last recharge happened at 10:00 UTC on Nov 14: already Nov 15 on Kiritimati (UTC+14).
    renderWithClient(widget, createFakeAutoRecharge().client, { timeZone: 'Pacific/Kiritimati' });
    expect(await screen.findByText(nbsp('1,500 tokens on Nov 15, 2026'), { exact: false })).toBeInTheDocument();
  });
});
