// Finding a stored report by document id: the store's own indexed lookup (reports_doc).
import type { Store } from '../index.js';
import type { ReportLookup } from './document.js';

export function reportLookup(store: Store): ReportLookup {
  return (docId) => store.report(docId);
}
