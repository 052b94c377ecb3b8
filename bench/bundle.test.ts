import { describe, expect, it } from 'vitest';
import { BUDGETS, entryBudget, measureBundles } from './bundle';

// Byte budgets are stable, so they are enforced here; timings live only in `npm run bench`.
describe('bundle budgets (min + gzip, react, react-dom and react-query external)', () => {
  it('keeps CreditBalance and every widget entry within 8 KB (the checkout 9 KB, the chart 32 KB) and the library without recharts within 40 KB', async () => {
    const report = await measureBundles();
    expect(report.widgets.length).toBeGreaterThan(0);
    const over = report.widgets.filter((w) => w.gzip > entryBudget(w.name)).map((w) => `${w.name}: ${w.gzip} B`);
    expect(over, 'widget entries over budget').toEqual([]);
    expect(report.widgets.find((w) => w.name === 'CreditBalance')!.gzip).toBeLessThanOrEqual(BUDGETS.widgetEntry);
    expect(report.library.gzip, 'whole library without recharts').toBeLessThanOrEqual(BUDGETS.library);
  });
});
