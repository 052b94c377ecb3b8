import type { NetworkCondition } from '@creditkit/mocks';
import type { Decorator, StoryContext } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, within } from 'storybook/test';
import { allStatesParameters, StatesGrid, stateHandlers, type StateCell } from './states';

/** Waits for a widget's error state (long enough for the `slow` condition) and its retry button. */
export async function expectErrorWithRetry(canvasElement: HTMLElement, message: string): Promise<void> {
  const canvas = within(canvasElement);
  await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent(message);
  await expect(canvas.getByRole('button', { name: 'Retry' })).toBeVisible();
}

/** A story with a failing network in front of the engine: the widget shows `message` and a retry. */
export const failingNetwork = (network: Exclude<NetworkCondition, 'slow'>, message: string) => ({
  parameters: { network },
  play: ({ canvasElement }: { canvasElement: HTMLElement }) => expectErrorWithRetry(canvasElement, message),
});

/**
 * The frame of an "All states" story: one provider per state, each on its own origin and engine,
 * side by side (or one per row with `wide`, for tables). The story adds its own `play`.
 */
export function allStates<TArgs>(
  cells: readonly StateCell[],
  render: (args: TArgs) => ReactNode,
  { wide = false }: { wide?: boolean } = {},
) {
  return {
    parameters: allStatesParameters,
    async beforeEach({ msw }: StoryContext) {
      msw.use(...(await stateHandlers(cells.map((cell) => cell.state))));
    },
    render: (args: TArgs) => <StatesGrid cells={cells} wide={wide} render={() => render(args)} />,
  };
}

/** The widget as wide as it is on a screen `width` px wide, inside the story's 24px padding. */
export const atScreenWidth =
  (width: number): Decorator =>
  (Story) => (
    <div style={{ inlineSize: width - 48 }}>
      <Story />
    </div>
  );
