/** Every visible string of `AutoRecharge`. `{name}` placeholders are filled in by the widget. */
export interface AutoRechargeLocalization {
  /** Default: `Auto-recharge` */
  title: string;
  /** Badge when on. Default: `On` */
  on: string;
  /** Badge when off. Default: `Off` */
  off: string;
  /** Default: `Loading auto-recharge…` */
  loading: string;
  /** Default: `Couldn't load auto-recharge.` */
  error: string;
  /** Default: `Retry` */
  retry: string;
  /** When the customer may not see the policy. Default: `You don't have permission to see auto-recharge. Ask an account admin.` */
  forbidden: string;
  /** The rule while on; `{threshold}`, `{target}`. Default: `When the balance falls below {threshold}, top up to {target}.` */
  rule: string;
  /** While off. Default: `Off: your balance is not topped up automatically.` */
  ruleOff: string;
  /** Meter label. Default: `Spent this month` */
  spendLabel: string;
  /** `{spent}`, `{limit}`. Default: `{spent} of {limit}` */
  spendOfLimit: string;
  /** `{spent}`. Default: `{spent} · no monthly limit` */
  spendNoLimit: string;
  /** Default: `Last recharge` */
  lastRecharge: string;
  /** Default: `No recharge yet.` */
  noRecharge: string;
  /** `{credits}`, `{date}`. Default: `{credits} on {date}` */
  lastRechargeValue: string;
  /** Default: `Succeeded` */
  succeeded: string;
  /** A recharge being paid for now. Default: `In progress` */
  inFlight: string;
  /** Default: `Failed` (the reason follows when known) */
  failed: string;
  /** Heading of the form. Default: `Settings` */
  settingsTitle: string;
  /** Default: `Recharge automatically` */
  enable: string;
  /** Default: `Recharge when the balance falls below` */
  threshold: string;
  /** Default: `Top up to` */
  target: string;
  /** `{currency}` (ISO code). Default: `Monthly spend limit ({currency})` */
  limit: string;
  /** Default: `Optional. Leave empty for no limit.` */
  limitHint: string;
  /** Default: `Enter a balance, like 500.` */
  thresholdRequired: string;
  /** Default: `Enter a balance, like 2000.` */
  targetRequired: string;
  /** Default: `Enter a number, like 1500.` */
  invalidNumber: string;
  /** `{places}`. Default: `Use at most {places} decimal places.` */
  tooPrecise: string;
  /** `{threshold}`. Default: `Top up to more than {threshold}, the recharge threshold.` */
  targetNotAbove: string;
  /** Default: `Enter an amount of money, like 100, or leave it empty.` */
  limitInvalid: string;
  /** Preview; `{threshold}`, `{target}`, `{limitPart}`. Default: `When the balance falls below {threshold}, we'll buy credits to bring it back to {target}{limitPart}.` */
  preview: string;
  /** `{limit}`. Default: `, spending at most {limit} a month` */
  previewLimit: string;
  /** Default: ` with no monthly limit` */
  previewNoLimit: string;
  /** Preview while the switch is off. Default: `Auto-recharge will be off: your balance won't be topped up automatically.` */
  previewOff: string;
  /** `{balance}`, `{threshold}`, `{target}`. Default: `Your balance of {balance} is already below {threshold}: saving tops it up to {target} right away.` (the engine recharges every pool below the threshold when an enabled policy is saved) */
  immediateWarning: string;
  /** Default: `Save` */
  save: string;
  /** Default: `Saving…` */
  saving: string;
  /** Default: `Saved.` */
  saved: string;
  /** `{message}`. Default: `Couldn't save: {message}` */
  saveError: string;
  /** Read-only note. Default: `Only an account admin can change auto-recharge.` */
  readOnlyNote: string;
}

export const defaultAutoRechargeLocalization: AutoRechargeLocalization = {
  title: 'Auto-recharge',
  on: 'On',
  off: 'Off',
  loading: 'Loading auto-recharge…',
  error: "Couldn't load auto-recharge.",
  retry: 'Retry',
  forbidden: "You don't have permission to see auto-recharge. Ask an account admin.",
  rule: 'When the balance falls below {threshold}, top up to {target}.',
  ruleOff: 'Off: your balance is not topped up automatically.',
  spendLabel: 'Spent this month',
  spendOfLimit: '{spent} of {limit}',
  spendNoLimit: '{spent} · no monthly limit',
  lastRecharge: 'Last recharge',
  noRecharge: 'No recharge yet.',
  lastRechargeValue: '{credits} on {date}',
  succeeded: 'Succeeded',
  failed: 'Failed',
  inFlight: 'In progress',
  settingsTitle: 'Settings',
  enable: 'Recharge automatically',
  threshold: 'Recharge when the balance falls below',
  target: 'Top up to',
  limit: 'Monthly spend limit ({currency})',
  limitHint: 'Optional. Leave empty for no limit.',
  thresholdRequired: 'Enter a balance, like 500.',
  targetRequired: 'Enter a balance, like 2000.',
  invalidNumber: 'Enter a number, like 1500.',
  tooPrecise: 'Use at most {places} decimal places.',
  targetNotAbove: 'Top up to more than {threshold}, the recharge threshold.',
  limitInvalid: 'Enter an amount of money, like 100, or leave it empty.',
  preview: "When the balance falls below {threshold}, we'll buy credits to bring it back to {target}{limitPart}.",
  previewLimit: ', spending at most {limit} a month',
  previewNoLimit: ' with no monthly limit',
  previewOff: "Auto-recharge will be off: your balance won't be topped up automatically.",
  immediateWarning: 'Your balance of {balance} is already below {threshold}: saving tops it up to {target} right away.',
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  saveError: "Couldn't save: {message}",
  readOnlyNote: 'Only an account admin can change auto-recharge.',
};
