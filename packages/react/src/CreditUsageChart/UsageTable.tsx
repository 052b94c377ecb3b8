import type { UsageTableModel } from './model';

export interface UsageTableProps {
  table: UsageTableModel;
  caption: string;
  periodLabel: string;
  totalLabel: string;
  formatBucket: (bucket: string) => string;
  formatCredits: (amount: string) => string;
}

/** The chart as a table: a caption, column and row headers, so a screen reader can walk it cell by cell. */
export function UsageTable({ table, caption, periodLabel, totalLabel, formatBucket, formatCredits }: UsageTableProps) {
  return (
    <div className="ck-usage-chart__table-wrap" data-part="table" tabIndex={0} role="region" aria-label={caption}>
      <table className="ck-usage-chart__table">
        <caption className="ck-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{periodLabel}</th>
            {table.series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
            <th scope="col">{totalLabel}</th>
          </tr>
        </thead>
        <tbody>
          {table.buckets.map((bucket, row) => (
            <tr key={bucket}>
              <th scope="row">{formatBucket(bucket)}</th>
              {table.cells[row]!.map((credits, column) => (
                <td key={table.series[column]!.key}>
                  <bdi>{formatCredits(credits)}</bdi>
                </td>
              ))}
              <td>
                <bdi>{formatCredits(table.rowTotals[row]!)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            {table.columnTotals.map((credits, column) => (
              <td key={table.series[column]!.key}>
                <bdi>{formatCredits(credits)}</bdi>
              </td>
            ))}
            <td>
              <bdi>{formatCredits(table.total)}</bdi>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
