import { BUDGETS, entryBudget, measureBundles } from './bundle';
import { row, type Row } from './report';

export async function bundleRows(): Promise<Row[]> {
  const report = await measureBundles();
  const baseline = { label: 'react-dom/client', value: report.baselineReactDom.gzip };
  return [
    ...report.widgets.map((w) =>
      row({
        id: `bundle.${w.name}`,
        label: `${w.name} entry (min + gzip)`,
        value: w.gzip,
        unit: 'B',
        baseline,
        target: { op: '<=', value: entryBudget(w.name) },
        note:
          w.name === 'CreditBalance' ? 'the leading vendor ships ~580 KB gzip for its balance widget alone' : undefined,
      }),
    ),
    row({
      id: 'bundle.provider',
      label: 'CreditsProvider + client (paid once per app)',
      value: report.provider.gzip,
      unit: 'B',
      baseline,
    }),
    row({
      id: 'bundle.library',
      label: 'whole widget library without recharts (min + gzip)',
      value: report.library.gzip,
      unit: 'B',
      baseline,
      target: { op: '<=', value: BUDGETS.library },
    }),
    row({
      id: 'bundle.recharts',
      label: 'recharts, for the usage chart (reported apart)',
      value: report.recharts.gzip,
      unit: 'B',
      baseline,
    }),
  ];
}
