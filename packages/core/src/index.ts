export { CreditEngine, errorBody } from './credit-engine';
export type { EngineOptions } from './engine';
export { ManualClock, systemClock } from './clock';
export type { Clock } from './clock';
export { MemoryStore } from './store';
export type {
  CreditStore,
  EngineRecord,
  EpochMs,
  GrantData,
  IdemTag,
  PolicyData,
  QuoteData,
  RechargeData,
  RecordOf,
  UnitsString,
  UsageRecord,
} from './store';
export { CreditError } from './errors';
export type { CreditErrorCode } from './errors';
export { TestPaymentProvider, TEST_CARDS } from './payment';
export type { PaymentProvider, PaymentRequest, PaymentResult } from './payment';
export { burnDownCompare } from './burndown';
export { priceOf } from './checkout';
export { divRound, formatDecimal, multiplyDecimals, parseDecimal, rescale } from './decimal';
export type { Rounding } from './decimal';
export type * from './types';
export type * from './types-ops';
export * from './usage';
