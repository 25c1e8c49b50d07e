// A long list's page in two requests: the first screenful (a few rows, answered fast) and then the rest of the page,
// asked for once the first has arrived, so the server's first answer is the rows a reader sees first and the page is
// drawn before the rows below the fold are read (each row of a dispute or a quote reads its report's sentence).
import { useApi, type Loaded } from './api';

export interface HeadFirst<R> { total: number; rows: R[]; /** The rest of the page has arrived (or there is none). */ complete: boolean }

export function useHeadFirst<P extends { total: number }, R>(
  url: (offset: number, limit: number) => string, offset: number, limit: number, head: number, rowsOf: (page: P) => R[],
): Loaded<HeadFirst<R>> {
  const headPath = url(offset, Math.min(head, limit));
  const first = useApi<P>(headPath);
  const fresh = first.data !== undefined && first.path === headPath;
  const restPath = fresh && limit > head && first.data!.total > offset + head ? url(offset + head, limit - head) : null;
  const rest = useApi<P>(restPath);
  if (first.error) return { error: first.error, loading: false };
  if (rest.error) return { error: rest.error, loading: false };
  if (first.data === undefined) return { loading: true };
  const more = restPath && rest.data !== undefined && rest.path === restPath ? rowsOf(rest.data) : null;
  return {
    data: { total: first.data.total, rows: [...rowsOf(first.data), ...(more ?? [])], complete: !restPath || !!more },
    loading: first.loading || rest.loading, path: headPath,
  };
}
