import { describe, expect, it } from 'vitest';
import { BUDGETS, entryBudget, measureBundles } from './bundle';

// Byte budgets are stable, so they are enforced here; timings live only in `npm run bench`.
describe('bundle budgets (min + gzip, react, react-dom and react-query external)', () => {
  it('keeps every widget entry within 8 KB and the library without recharts within 40 KB', async () => {
    const report = await measureBundles();
    expect(report.widgets.length).toBeGreaterThan(0);
    const over = report.widgets.filter((w) => w.gzip > entryBudget(w.name)).map((w) => `${w.name}: ${w.gzip} B`);
    expect(over, 'widget entries over budget').toEqual([]);
    expect(report.library.gzip, 'whole library without recharts').toBeLessThanOrEqual(BUDGETS.library);
  });
});
