// Download links for exactly what a list shows: the same filter and page, as a file from /api/download.
import { apiQuery } from '../route';

const LABEL: Record<string, string> = { csv: 'CSV', jsonl: 'JSONL', md: 'Markdown', json: 'JSON' };

export function Downloads({ kind, params, formats }: { kind: string; params: Record<string, string | number | undefined>; formats: string[] }) {
  return (
    <span class="downloads">Download{' '}
      {formats.map((f) => (
        <a href={`/api/download/${kind}${apiQuery({ ...params, format: f })}`} download data-download={`${kind}-${f}`}>
          {kind === 'events' && f === 'jsonl' ? 'PLOVER JSONL' : LABEL[f]}
        </a>
      ))}
    </span>
  );
}
