import { describe, expectTypeOf, it } from 'vitest';
import { createCreditsClient, type CreditsClient } from './client';
import type { OperationInput, OperationOutput } from './contract/types';
import type { Balance, Grant, UsageQueryResult } from './schemas';

const client = createCreditsClient({ baseUrl: 'https://credits.test' });

describe('the typed client', () => {
  it('infers inputs and outputs from the contract', () => {
    expectTypeOf(client.getBalance).parameter(0).toEqualTypeOf<{
      customerId: string;
      currencyId: string;
      resourceId?: string | null | undefined;
    }>();
    expectTypeOf(client.getBalance).returns.resolves.toEqualTypeOf<Balance>();
    expectTypeOf<OperationOutput<'listGrants'>['data'][number]>().toEqualTypeOf<Grant>();
    expectTypeOf(client.queryUsage).returns.resolves.toEqualTypeOf<UsageQueryResult>();
  });

  it('returns text from the CSV export', () => {
    expectTypeOf(client.exportLedgerCsv).returns.resolves.toBeString();
  });

  it('takes query fields parsed, repeatable ones one or many, and body fields as sent', () => {
    expectTypeOf<OperationInput<'listGrants'>['limit']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<OperationInput<'listGrants'>['status']>().toEqualTypeOf<
      | ('scheduled' | 'active' | 'depleted' | 'expired' | 'voided')
      | ('scheduled' | 'active' | 'depleted' | 'expired' | 'voided')[]
      | null
      | undefined
    >();
    expectTypeOf<OperationInput<'queryUsage'>['allPools']>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<OperationInput<'createGrant'>['amount']>().toBeString();
  });

  it('lets calls without required input omit it, and refuses missing or misspelt fields', () => {
    expectTypeOf(client.listCurrencies).toBeCallableWith();
    // @ts-expect-error -- customerId is required
    void client.getBalance({ currencyId: 'c' });
    // @ts-expect-error -- amount is a decimal string, never a number
    void client.createGrant({ customerId: 'c', currencyId: 'c', amount: 5 });
    // @ts-expect-error -- no such operation
    void client.grantCredits;
  });

  it('has no request/response method for the SSE stream, only subscribeEvents', () => {
    expectTypeOf<CreditsClient>().not.toHaveProperty('streamEvents');
    expectTypeOf(client.subscribeEvents).returns.toEqualTypeOf<() => void>();
  });
});
