import { AutoRechargeStatus, Balance, Forecast, Grant, LedgerEntry, Resource, Utilization } from '@creditkit/client';
import { describe, expect, it } from 'vitest';
import * as fixtures from './fixtures';

describe('test fixtures', () => {
  it('match the contract, so widget tests see what a real server sends', () => {
    expect(() => {
      Balance.parse(fixtures.balanceOf(null, '1'));
      Forecast.parse(fixtures.forecastOf(null, fixtures.NOW));
      Utilization.parse(fixtures.utilizationOf(null, '1', '2', '1'));
      AutoRechargeStatus.parse(fixtures.autoRecharge);
      fixtures.grants.forEach((g) => Grant.parse(g));
      fixtures.ledger.forEach((e) => LedgerEntry.parse(e));
      fixtures.resources.forEach((r) => Resource.parse(r));
    }).not.toThrow();
  });
});
