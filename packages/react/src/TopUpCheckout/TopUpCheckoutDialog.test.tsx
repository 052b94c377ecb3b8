import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CreditBalance } from '../CreditBalance';
import { expectNoAxeViolations } from '../test/axe';
import { FIXTURE_CURRENCY } from './fixtures';
import { fillCard, renderCheckout, toPayment } from './testing';
import { TopUpCheckoutDialog } from './TopUpCheckoutDialog';

function Host({ onSuccess }: { onSuccess?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Buy credits
      </button>
      <TopUpCheckoutDialog
        currencyId={FIXTURE_CURRENCY}
        open={open}
        onOpenChange={setOpen}
        onSuccess={onSuccess}
        retryDelays={[0]}
      />
    </>
  );
}

describe('TopUpCheckoutDialog', { timeout: 40_000 }, () => {
  // jsdom has no modal dialogs: stand in for showModal()/close() so the React side can be tested;
  // the browser's own focus trap and Escape are covered in Chromium by e2e/checkout.test.ts.
  beforeAll(() => {
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
      this.querySelector<HTMLElement>('button, input')?.focus();
    };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
      this.removeAttribute('open');
    };
  });

  it('opens as a modal dialog with focus inside, closes on cancel (Escape) and gives focus back', async () => {
    const { user } = renderCheckout(<Host />);
    const opener = screen.getByRole('button', { name: 'Buy credits' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Add credits' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.contains(document.activeElement)).toBe(true);
    await screen.findByRole('radio', { name: /1,000\stokens/ });
    await expectNoAxeViolations(dialog);

    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
  });

  it('closes from Cancel and from the close button', async () => {
    const { user } = renderCheckout(<Host />);
    await user.click(screen.getByRole('button', { name: 'Buy credits' }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Buy credits' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('buys inside the dialog, then Done closes it', async () => {
    const onSuccess = vi.fn();
    const { user, fake } = renderCheckout(<Host onSuccess={onSuccess} />);
    await user.click(screen.getByRole('button', { name: 'Buy credits' }));
    await toPayment(user);
    await fillCard(user);
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSuccess).toHaveBeenCalledOnce();
    expect(fake.grants).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Buy credits' })).toHaveFocus();
  });

  it('opens from "Add credits" of CreditBalance, and the balance rises once the purchase is paid', async () => {
    const { user, fake } = renderCheckout(
      <>
        <CreditBalance currencyId={FIXTURE_CURRENCY} />
        <TopUpCheckoutDialog retryDelays={[0]} />
      </>,
    );
    expect(await screen.findByText('12,450.5 tokens')).toBeInTheDocument();
    const opener = screen.getByRole('button', { name: 'Add credits' });
    await user.click(opener);
    await screen.findByRole('dialog', { name: 'Add credits' });
    await toPayment(user);
    await fillCard(user);
    await user.click(screen.getByRole('button', { name: 'Pay $12.00' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('13,450.5 tokens')).toBeInTheDocument();
    expect(fake.grants).toHaveLength(1);
    expect(opener).toHaveFocus();
  });
});
