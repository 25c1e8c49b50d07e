// The brief as a reader asks for it (all processes or one), from the saved answer while the store has not changed
// since it was saved: computing it reads the whole store (half a minute at 100k reports), reading it back does not.
import { brief, findProcess, MARKDOWN_VERSION, renderBrief, UnknownProcessError, type Brief, type BriefOptions } from '../brief/index.js';
import type { Store } from '../store/types.js';
import { answerKey, saveAnswer, savedAnswer, savedOrComputed, type SaveElsewhere } from './saved.js';

export type { SaveElsewhere } from './saved.js';

/** A process's brief is its part of the whole brief (one computation), so a saved whole brief answers both. */
export async function savedBrief(store: Store, opts: BriefOptions = {}, saveElsewhere?: SaveElsewhere): Promise<Brief[]> {
  // A date range or other rules is another computation than the saved one.
  if (opts.since || opts.asOf || opts.rules) return brief(store, opts);
  const key = answerKey('brief', opts.config);
  const saved = await savedAnswer(store, key);
  let all: Brief[];
  if (saved?.current) all = saved.value as Brief[];
  else if (opts.process) return brief(store, opts);
  else {
    const generation = await store.generation();
    all = await brief(store, { config: opts.config });
    if (!(await saveAnswer(store, key, all, generation))) await saveElsewhere?.(key, all, generation).catch(() => {});
  }
  if (!opts.process) return all;
  const p = findProcess(all.map((b) => b.process), opts.process);
  if (!p) throw new UnknownProcessError(`no process "${opts.process}" (known: ${all.map((b) => b.process.name).join(', ') || 'none'})`);
  return all.filter((b) => b.process === p);
}

/** Snapshot key of the whole brief as Markdown: the configuration it was computed with and how it was written. */
export const markdownKey = (config?: BriefOptions['config']) => answerKey('brief-md', { config: config ?? null, markdown: MARKDOWN_VERSION });

/** The brief as `parley brief` prints it: '' when the store shows no process. The whole brief's Markdown is saved
 * beside the brief while the store is unchanged: at 100k reports reading the brief back (6.6 MB of JSON) and writing
 * it out (3.5 MB of Markdown) took about 300 ms, reading the Markdown back a fraction of that. */
export async function savedBriefMarkdown(store: Store, opts: BriefOptions = {}, saveElsewhere?: SaveElsewhere): Promise<string> {
  const render = async () => (await savedBrief(store, opts, saveElsewhere)).map(renderBrief).join('\n');
  if (opts.process || opts.since || opts.asOf || opts.rules) return render();
  return savedOrComputed(store, markdownKey(opts.config), render, saveElsewhere);
}
