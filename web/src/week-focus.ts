// Where the events-per-week chart's axis starts. A process's record often holds a few events years before its talks
// (a 2022 invasion recalled in a 2025 report); drawn to scale they squeeze the weeks that matter into a sliver. The
// axis starts after such a stray head only when a long empty gap sets it apart and it holds few of the events, so a
// steady series is never cut; the chart says how many events it left out and offers them back.

/** An empty stretch longer than this (in weeks, Monday to Monday) separates a stray head from the body. */
export const STRAY_GAP_WEEKS = 8;
/** A head holding more than this share of the events is part of the record, not stray. */
export const STRAY_SHARE = 0.1;

export interface WeekFocus {
  /** First week (a Monday, YYYY-MM-DD) the axis shows; null when it shows every week. */
  from: string | null;
  /** Events in the weeks before `from`, and the first of those weeks. */
  hidden: number;
  hiddenFrom: string | null;
}

const weeksBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / (7 * 86_400_000));

/** The latest cut after which the axis may start: after a long gap, with a small head before it. */
export function weekFocus(rows: { week: string; n: number }[]): WeekFocus {
  const perWeek = new Map<string, number>();
  for (const r of rows) perWeek.set(r.week, (perWeek.get(r.week) ?? 0) + r.n);
  const weeks = [...perWeek.keys()].sort();
  const total = [...perWeek.values()].reduce((a, b) => a + b, 0);
  let before = 0;
  let focus: WeekFocus = { from: null, hidden: 0, hiddenFrom: null };
  for (let i = 1; i < weeks.length; i++) {
    before += perWeek.get(weeks[i - 1])!;
    if (weeksBetween(weeks[i - 1], weeks[i]) > STRAY_GAP_WEEKS && before <= STRAY_SHARE * total) {
      focus = { from: weeks[i], hidden: before, hiddenFrom: weeks[0] };
    }
  }
  return focus;
}
