import { CustomerParams } from '../schemas/common';
import {
  AutoRechargeParams,
  AutoRechargePolicy,
  AutoRechargeStatus,
  UpdateAutoRechargeBody,
} from '../schemas/auto-recharge';
import { ConfirmCheckoutBody, CreateQuoteBody, Quote, Receipt, ReceiptList, ReceiptParams } from '../schemas/checkout';
import type { RouteSpecs } from './route';

export const checkoutRoutes = {
  createQuote: {
    tag: 'Checkout',
    auth: 'customer',
    scope: 'checkout',
    summary: 'Quote a top-up: price, tax, total and balance after',
    params: CustomerParams,
    body: CreateQuoteBody,
    response: Quote,
    successStatus: 201,
  },
  confirmCheckout: {
    tag: 'Checkout',
    auth: 'customer',
    scope: 'checkout',
    summary: 'Pay a quote and grant its credits',
    description: 'A declined card answers 402 `payment_declined` and grants nothing.',
    params: CustomerParams,
    body: ConfirmCheckoutBody,
    response: Receipt,
    successStatus: 201,
  },
  listReceipts: {
    tag: 'Checkout',
    auth: 'customer',
    summary: "List a customer's receipts, newest first",
    params: CustomerParams,
    response: ReceiptList,
  },
  getReceipt: {
    tag: 'Checkout',
    auth: 'customer',
    summary: 'Read a receipt',
    params: ReceiptParams,
    response: Receipt,
  },
  getAutoRechargePolicy: {
    tag: 'Auto-recharge',
    auth: 'customer',
    summary: 'Read the auto-recharge policy of a customer and currency',
    description: 'Answers 404 `not_found` until a policy is set; the status route answers `policy: null` instead.',
    params: AutoRechargeParams,
    response: AutoRechargePolicy,
  },
  updateAutoRechargePolicy: {
    tag: 'Auto-recharge',
    auth: 'customer',
    scope: 'auto_recharge',
    summary: 'Update the auto-recharge policy',
    params: AutoRechargeParams,
    body: UpdateAutoRechargeBody,
    response: AutoRechargePolicy,
  },
  getAutoRechargeStatus: {
    tag: 'Auto-recharge',
    auth: 'customer',
    summary: "This month's auto-recharge spend against the limit",
    params: AutoRechargeParams,
    response: AutoRechargeStatus,
  },
} satisfies Partial<RouteSpecs>;
