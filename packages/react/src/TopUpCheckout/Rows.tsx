/** A label/value list (price summary, receipt): each row is `[data-part, label, value]`. */
export function Rows({ rows }: { rows: [string, string, string][] }) {
  return (
    <dl className="ck-topup__rows">
      {rows.map(([part, label, value]) => (
        <div key={part} className="ck-topup__row" data-part={part}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
