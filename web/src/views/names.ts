// Reports by headline and outlet instead of their ids: one request for the ids a view shows.
import { useApi } from '../api';

export interface ReportName { report: string; headline: string; outlet: string; published: string | null }

export function useNames(ids: string[]): Record<string, ReportName> {
  const unique = [...new Set(ids)].slice(0, 200);
  const got = useApi<ReportName[]>(unique.length ? `/api/view/names?docs=${encodeURIComponent(unique.join(','))}` : null);
  return Object.fromEntries((got.data ?? []).map((n) => [n.report, n]));
}
