import { useId } from 'react';
import { sentence } from '../format/format';
import { Button, Skeleton, cx } from '../ui';
import { useResourceSelector, type UseResourceSelectorOptions } from './useResourceSelector';
import './ResourceSelector.css';

export interface ResourceSelectorLocalization {
  /** Default: `Credits for`. */
  label: string;
  /** The global pool's name. Default: `Whole account`. */
  global: string;
  /** A choice with its balance. Default: `{name} · {balance}`. */
  withBalance: string;
  /** Default: `Loading resources…`. */
  loading: string;
  /** Default: `Couldn't load your resources.` */
  error: string;
  /** Default: `Retry`. */
  retry: string;
}

export const defaultResourceSelectorLocalization: ResourceSelectorLocalization = {
  label: 'Credits for',
  global: 'Whole account',
  withBalance: '{name} · {balance}',
  loading: 'Loading resources…',
  error: "Couldn't load your resources.",
  retry: 'Retry',
};

export interface ResourceSelectorProps extends UseResourceSelectorOptions {
  /** Every visible string; missing keys fall back to English. */
  localization?: Partial<ResourceSelectorLocalization>;
  /** Extra class on the root, beside the stable `ck-resource-selector`. */
  className?: string;
}

const GLOBAL = '@global';

/**
 * Picks the global pool or one resource's pool. Uncontrolled, it sets the provider's `resourceId`,
 * so every widget under the provider shows the chosen pool.
 */
export function ResourceSelector({ localization, className, ...options }: ResourceSelectorProps) {
  const text = { ...defaultResourceSelectorLocalization, ...localization };
  const r = useResourceSelector(options);
  const id = useId();

  return (
    <div
      className={cx('ck-resource-selector', className)}
      data-state={r.state}
      data-compact={options.compact ? '' : undefined}
    >
      <label className="ck-resource-selector__label" htmlFor={id} data-part="label">
        {text.label}
      </label>
      {r.state === 'loading' && (
        <span data-part="skeleton" className="ck-resource-selector__skeleton">
          {/* As wide and tall as the select usually is (wider when its choices carry balances), so
              it sits where the select will: beside the label, or below it on a narrow screen. */}
          <Skeleton width={options.currencyId ? '21rem' : '12rem'} height={options.compact ? '30px' : '36px'} />
          <span className="ck-visually-hidden">{text.loading}</span>
        </span>
      )}
      {r.state === 'error' && (
        <span role="alert" className="ck-resource-selector__error" data-part="error">
          {text.error}{' '}
          <Button size="sm" onClick={r.retry} data-part="retry">
            {text.retry}
          </Button>
        </span>
      )}
      {r.state === 'ok' && (
        <select
          id={id}
          className="ck-select ck-resource-selector__select"
          data-part="select"
          value={r.selected ?? GLOBAL}
          onChange={(event) => r.select(event.target.value === GLOBAL ? null : event.target.value)}
        >
          {r.choices.map((choice) => {
            const name = choice.resource?.name ?? text.global;
            return (
              <option key={choice.resourceId ?? GLOBAL} value={choice.resourceId ?? GLOBAL}>
                {choice.balance ? sentence(r.locale, text.withBalance, { name, balance: choice.balance }) : name}
              </option>
            );
          })}
        </select>
      )}
    </div>
  );
}
