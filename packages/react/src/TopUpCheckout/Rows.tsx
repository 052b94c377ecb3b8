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

/** The markup of the shared `ErrorState` (same classes and part), light enough for this entry. */
export function Failure({ message, retry, onRetry }: { message: string; retry: string; onRetry: () => void }) {
  return (
    <div className="ck-error" role="alert" data-part="error">
      <span className="ck-error__icon" aria-hidden="true">
        !
      </span>
      <span className="ck-error__message">{message}</span>
      <button type="button" className="ck-button" data-size="sm" onClick={onRetry} data-part="retry">
        {retry}
      </button>
    </div>
  );
}
