// Paste a report: shown when the server has a token. The token is typed here and sent as a bearer header only.
import { useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { docHref } from '../format';

interface Ingested { stored: boolean; known: boolean; id: string; record: { events: unknown[]; quotes: unknown[] } }

export function AddReport() {
  const [token, setToken] = useState('');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [published, setPublished] = useState('');
  const [result, setResult] = useState<Ingested | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true); setError(''); setResult(null);
    try {
      const body = JSON.stringify({ text, source: source.trim() || null, published: published.trim() || null });
      setResult(await api<Ingested>('/api/reports', { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="add">
      <h1>Add a report</h1>
      <form class="add-form" onSubmit={submit}>
        <label>Token <input type="password" name="token" value={token} onInput={(e) => setToken(e.currentTarget.value)} autocomplete="off" required /></label>
        <label>Source URL <input name="source" value={source} onInput={(e) => setSource(e.currentTarget.value)} placeholder="https://…" /></label>
        <label>Published <input name="published" value={published} onInput={(e) => setPublished(e.currentTarget.value)} placeholder="YYYY-MM-DD" /></label>
        <label>Text <textarea name="text" rows={14} value={text} onInput={(e) => setText(e.currentTarget.value)} required /></label>
        <button type="submit" disabled={busy}>{busy ? 'Ingesting…' : 'Ingest'}</button>
      </form>
      {error && <p class="error">{error}</p>}
      {result && (
        <p class="ok">{result.stored ? 'Stored' : 'Already stored'}: {result.record.events.length} events, {result.record.quotes.length} quotes.{' '}
          <a href={docHref(result.id)}>Open the report</a></p>
      )}
    </section>
  );
}
