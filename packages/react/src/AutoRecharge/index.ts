export { AutoRecharge } from './AutoRecharge';
export type { AutoRechargeProps } from './AutoRecharge';
export { defaultAutoRechargeLocalization } from './localization';
export type { AutoRechargeLocalization } from './localization';
export { useAutoRecharge } from './useAutoRecharge';
export type { AutoRechargeHookState, AutoRechargeState, UseAutoRechargeOptions } from './useAutoRecharge';
export { autoRechargeQueries } from './queries';
export type { PolicyDraft, PolicyError, PolicyField } from './validate';
