import { expect, type userEvent, type within } from 'storybook/test';

type Canvas = ReturnType<typeof within>;
/** The `userEvent` a play function receives. */
type User = ReturnType<typeof userEvent.setup>;

/** The test payment provider's cards (see `TestPaymentProvider` in @creditkit/core). */
export const CARDS = {
  success: '4242424242424242',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

export interface CardEntry {
  number?: string;
  /** Digits as typed, e.g. `1230` for 12 / 30. */
  expiry?: string;
  cvc?: string;
  name?: string;
}

/** Waits (long enough for the `slow` condition) for the checkout's step indicator. */
export async function findStep(canvas: Canvas, label: string): Promise<void> {
  await expect(await canvas.findByText(label, {}, { timeout: 5000 })).toBeVisible();
}

/** Types a card into the payment step; an empty string leaves that field empty. */
export async function fillCard(canvas: Canvas, user: User, card: CardEntry = {}): Promise<void> {
  const { number = CARDS.success, expiry = '1230', cvc = '123', name = 'Ada Lovelace' } = card;
  const fields: [string, string][] = [
    ['Card number', number],
    ['Expiry (MM / YY)', expiry],
    ['CVC', cvc],
    ['Name on card', name],
  ];
  for (const [label, value] of fields) {
    const field = canvas.getByLabelText(label);
    await user.clear(field);
    if (value) await user.type(field, value);
  }
}

/** From step 1: waits for the first pack's price, continues, types `card` and presses Pay. */
export async function buy(
  canvas: Canvas,
  user: User,
  { card, payWith = 'click' }: { card?: CardEntry; payWith?: 'click' | 'dblClick' } = {},
): Promise<void> {
  const next = await canvas.findByRole('button', { name: 'Continue to payment' }, { timeout: 5000 });
  await expect(await canvas.findByText('$12.00', {}, { timeout: 5000 })).toBeVisible();
  await user.click(next);
  await findStep(canvas, 'Step 2 of 2: Payment');
  await fillCard(canvas, user, card);
  await user[payWith](canvas.getByRole('button', { name: 'Pay $12.00' }));
}

/** Presses Tab until `target` has focus (at most 20 times), as a keyboard user would. */
export async function tabTo(user: User, target: HTMLElement): Promise<void> {
  for (let i = 0; i < 20 && target.ownerDocument.activeElement !== target; i++) await user.tab();
  await expect(target).toHaveFocus();
}
