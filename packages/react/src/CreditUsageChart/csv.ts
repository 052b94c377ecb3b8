import type { UsageTableModel } from './model';

const escape = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * The table as CSV, exactly as shown (visible series only), with machine-readable cells: ISO bucket
 * starts and plain decimal credits, so a spreadsheet sums them without parsing a locale's format.
 */
export function usageCsv(table: UsageTableModel, headers: { period: string; total: string }): string {
  const lines = [[headers.period, ...table.series.map((s) => s.label), headers.total]];
  table.buckets.forEach((bucket, index) => lines.push([bucket, ...table.cells[index]!, table.rowTotals[index]!]));
  lines.push([headers.total, ...table.columnTotals, table.total]);
  return `${lines.map((line) => line.map(escape).join(',')).join('\r\n')}\r\n`;
}

/** Saves `text` as a file through a temporary link (works in every browser without a library). */
export function downloadText(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
