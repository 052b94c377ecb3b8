import { CreditsApiError, type AutoRechargePolicy, type AutoRechargeStatus } from '@creditkit/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCreditsContext } from '../provider/context';
import { creditQueries } from '../queries';
import { compareDecimal } from '../format/decimal';
import { parseDecimalInput } from '../TopUpCheckout/decimal';
import { autoRechargeQueries } from './queries';
import { draftOf, moneyPlaces, validatePolicy, type PolicyDraft, type PolicyField } from './validate';

export interface UseAutoRechargeOptions {
  /** The credit currency whose policy to show, e.g. `cred-type-ai-tokens`. */
  currencyId: string;
  /** The pool whose balance the "recharges right away" warning looks at; overrides the provider's. */
  resourceId?: string | null;
  /** Show the status only, for customers who may not change the policy. Default: `false`. */
  readOnly?: boolean;
}

export type AutoRechargeState = 'loading' | 'error' | 'forbidden' | 'ready';

const isForbidden = (error: unknown) =>
  error instanceof CreditsApiError && (error.status === 403 || error.code === 'forbidden');

/** Headless state of auto-recharge: status, and a settings form with validation and a live preview. */
export function useAutoRecharge({ currencyId, resourceId, readOnly = false }: UseAutoRechargeOptions) {
  const { client, customerId, ...context } = useCreditsContext();
  const scope = { customerId, currencyId, resourceId: resourceId === undefined ? context.resourceId : resourceId };
  const queryClient = useQueryClient();
  const policyScope = { customerId, currencyId };
  const statusQuery = useQuery(autoRechargeQueries.status(client, policyScope));
  const balanceQuery = useQuery(creditQueries.balance(client, scope));
  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  const [touched, setTouched] = useState<Partial<Record<PolicyField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  // A 403 on save means this customer may read but not change the policy.
  const [deniedOnSave, setDeniedOnSave] = useState(false);

  const save = useMutation({
    mutationFn: (body: NonNullable<ReturnType<typeof validatePolicy>['body']>): Promise<AutoRechargePolicy> =>
      client.updateAutoRechargePolicy({ ...policyScope, ...body }),
    onSuccess: (policy) => {
      queryClient.setQueryData(
        autoRechargeQueries.status(client, policyScope).queryKey,
        (old: AutoRechargeStatus | undefined) => old && { ...old, policy, monthlySpendLimit: policy.monthlySpendLimit },
      );
      setDraft(null);
      setTouched({});
      setSubmitted(false);
      // Balances show the policy (auto-recharge badge, in-flight recharges): refresh the customer's.
      void queryClient.invalidateQueries({ queryKey: creditQueries.all(customerId) });
    },
    onError: (error) => {
      if (isForbidden(error)) setDeniedOnSave(true);
    },
  });

  // The status carries the policy (`null` until one is set), so one request shows both.
  const status = statusQuery.data;
  const policy = status?.policy ?? undefined;
  const currency = balanceQuery.data?.currency;
  const moneyCurrency = status?.billingCurrency ?? 'USD';
  const values = draft ?? draftOf(policy, context.locale);
  const validation = validatePolicy(values, currency?.precision ?? 0, moneyPlaces(moneyCurrency), context.locale);
  const balance = balanceQuery.data?.balance;
  const thresholdValue = validation.errors.threshold ? null : parseDecimalInput(values.threshold, context.locale);

  const state: AutoRechargeState =
    statusQuery.isPending || balanceQuery.isPending
      ? 'loading'
      : isForbidden(statusQuery.error)
        ? 'forbidden'
        : statusQuery.isError || balanceQuery.isError
          ? 'error'
          : 'ready';

  return {
    state,
    policy,
    status,
    currency,
    balance,
    moneyCurrency,
    readOnly: readOnly || deniedOnSave,
    values,
    /** Each field's error, shown once the field was left or Save was pressed. */
    errorOf: (field: PolicyField) => (touched[field] || submitted ? (validation.errors[field] ?? null) : null),
    /** The rule the draft describes, when it is valid. */
    preview: validation.body,
    /** The pool is already below the threshold: saving recharges it at once. */
    rechargesNow:
      values.enabled && balance !== undefined && thresholdValue !== null
        ? compareDecimal(balance, thresholdValue) < 0
        : false,
    setField: <K extends keyof PolicyDraft>(field: K, value: PolicyDraft[K]) => {
      setDraft({ ...values, [field]: value });
      save.reset();
    },
    touch: (field: PolicyField) => setTouched((previous) => ({ ...previous, [field]: true })),
    /** Validates and saves; returns the first invalid field, if any. */
    submit: (): PolicyField | null => {
      setSubmitted(true);
      const first = (['threshold', 'target', 'limit'] as const).find((field) => validation.errors[field]);
      if (first) return first;
      if (validation.body && !save.isPending) save.mutate(validation.body);
      return null;
    },
    saving: save.isPending,
    saved: save.isSuccess,
    saveError: save.isError && !deniedOnSave ? save.error : null,
    retry: () => {
      if (statusQuery.isError) void statusQuery.refetch();
      if (balanceQuery.isError) void balanceQuery.refetch();
    },
  };
}

export type AutoRechargeHookState = ReturnType<typeof useAutoRecharge>;
