import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { DayPicker, type DateRange } from 'react-day-picker';
import type { CreditUsageChartLocalization } from './localization';

export interface DateRangePickerProps {
  /** First and last day shown on the button, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** The last day that can be picked, `YYYY-MM-DD` (the chart's `now`, so stories and tests are stable). */
  today: string;
  locale: string;
  text: CreditUsageChartLocalization;
  /** The button's visible text (the window's dates). */
  buttonText: string;
  /** Read before the visible text, so the accessible name contains what is seen. */
  buttonLabel: string;
  /** Open on mount (chosen "Custom range…" from the range list). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onApply: (range: { from: string; to: string }) => void;
}

// The calendar speaks in local calendar days; the chart in `YYYY-MM-DD` strings.
const toDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};
const toDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const formatters = new Map<string, Intl.DateTimeFormat>();
const intl = (locale: string, options: Intl.DateTimeFormatOptions) => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
};

/** The locale's first day of the week, where the browser knows it (Intl.Locale week info). */
function weekStart(locale: string): 0 | 1 | 2 | 3 | 4 | 5 | 6 | undefined {
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay;
    return firstDay === undefined ? undefined : ((firstDay % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6);
  } catch {
    return undefined;
  }
}

/**
 * A button that opens a range calendar (react-day-picker: a grid with arrow-key, Page Up/Down and
 * Home/End navigation). Month names, weekdays and day labels come from Intl in the provider's
 * locale, so no date-fns locale has to be shipped.
 */
export function DateRangePicker(props: DateRangePickerProps) {
  const { open, onOpenChange } = props;
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    onOpenChange(false);
    buttonRef.current?.focus();
  }, [onOpenChange]);

  return (
    <div className="ck-usage-chart__dates" data-part="dates">
      <button
        ref={buttonRef}
        type="button"
        className="ck-usage-chart__control ck-usage-chart__dates-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => onOpenChange(!open)}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path
            d="M4 1v2M12 1v2M2 6h12M3 3h10a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinecap="round"
          />
        </svg>
        <span className="ck-visually-hidden">{props.buttonLabel}</span> {props.buttonText}
      </button>
      {open && <CalendarPanel {...props} id={panelId} buttonRef={buttonRef} close={close} />}
    </div>
  );
}

interface CalendarPanelProps extends DateRangePickerProps {
  id: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
  close: () => void;
}

/** Mounted only while open, so each opening starts from the chart's current window. */
function CalendarPanel({
  id,
  from,
  to,
  today,
  locale,
  text,
  onApply,
  onOpenChange,
  buttonRef,
  close,
}: CalendarPanelProps) {
  const [draft, setDraft] = useState<DateRange | undefined>({ from: toDate(from), to: toDate(to) });
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // A click outside closes the calendar without applying, like any popover.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onOpenChange, buttonRef]);

  return (
    <div
      ref={panelRef}
      id={id}
      role="dialog"
      aria-label={text.calendar}
      className="ck-usage-chart__calendar"
      data-part="calendar"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
    >
      <DayPicker
        mode="range"
        resetOnSelect
        selected={draft}
        onSelect={setDraft}
        defaultMonth={toDate(from)}
        disabled={{ after: toDate(today) }}
        autoFocus
        lang={locale}
        weekStartsOn={weekStart(locale)}
        formatters={{
          formatCaption: (month) => intl(locale, { month: 'long', year: 'numeric' }).format(month),
          formatWeekdayName: (day) => intl(locale, { weekday: 'narrow' }).format(day),
          formatDay: (day) => intl(locale, { day: 'numeric' }).format(day),
        }}
        labels={{
          labelDayButton: (day, modifiers) =>
            `${intl(locale, { dateStyle: 'full' }).format(day)}${modifiers.selected ? ' ✓' : ''}`,
          labelNext: () => text.nextMonth,
          labelPrevious: () => text.previousMonth,
          labelGrid: (month) => intl(locale, { month: 'long', year: 'numeric' }).format(month),
        }}
      />
      <div className="ck-usage-chart__calendar-actions">
        <span className="ck-usage-chart__calendar-hint" aria-live="polite">
          {draft?.from && draft.to ? '' : text.pickDays}
        </span>
        <button type="button" className="ck-usage-chart__button" onClick={close}>
          {text.cancel}
        </button>
        <button
          type="button"
          className="ck-usage-chart__button"
          data-variant="primary"
          disabled={!draft?.from || !draft.to}
          onClick={() => {
            if (!draft?.from || !draft.to) return;
            onApply({ from: toDay(draft.from), to: toDay(draft.to) });
            close();
          }}
        >
          {text.apply}
        </button>
      </div>
    </div>
  );
}
