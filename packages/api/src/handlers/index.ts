import { accountHandlers } from './account';
import { adminHandlers } from './admin';
import { balanceHandlers } from './balance';
import { catalogHandlers } from './catalog';
import { checkoutHandlers } from './checkout';
import { grantHandlers } from './grants';
import type { HandlerMap } from './types';
import { usageHandlers } from './usage';

/** One handler per operation (the compiler refuses a missing one). */
export const handlers: HandlerMap = {
  ...accountHandlers,
  ...catalogHandlers,
  ...balanceHandlers,
  ...grantHandlers,
  ...usageHandlers,
  ...checkoutHandlers,
  ...adminHandlers,
};

export type { HandledOperationId, Handler, HandlerInput, HandlerMap, HandlerResult } from './types';
