// The extraction worker: reports POSTed to the server are extracted here, off the thread that answers requests, so
// a slow report (or a hostile one) never stalls reads. One message in ({id, report}), one out ({id, record|error}).
import { parentPort } from 'node:worker_threads';
import { extractRead, loadLexicon, type Report } from '../index.js';

const lexicon = loadLexicon();
// Load the language model now, while nobody waits, rather than on the first POST.
extractRead({ id: 'warm-up', source: null, text: 'Envoys met in Geneva on Monday.' }, [], { lexicon });
parentPort!.on('message', (job: { id: number; report: Report }) => {
  try {
    parentPort!.postMessage({ id: job.id, record: extractRead(job.report, [], { lexicon }) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error)?.message ?? String(e) });
  }
});
