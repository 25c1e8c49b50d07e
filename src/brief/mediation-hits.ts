// Mediation evidence found once, at ingest: the entities a report names next to a mediation cue ("hosted by X",
// "X-brokered", "mediators X, Y and Z") in the same sentence. Which of them are parties is decided per process by the
// brief; here only who stands next to the words is recorded.
import type { Entity } from '../record.js';
import type { MediationHitRow } from '../store/types.js';
import { defaultBriefRules } from './rules.js';
import { sentenceAt, splitSentences } from './sentences.js';

export interface MediationCue { id: string; pattern: RegExp }

export function findMediationHits(reportId: number, text: string, entities: Entity[], ids: Map<string, number>,
  cues: MediationCue[] = defaultBriefRules().mediationCues, window = defaultBriefRules().process.mediationWindow): MediationHitRow[] {
  const sentences = splitSentences(text);
  const out: MediationHitRow[] = [];
  const seen = new Set<string>();
  for (const cue of cues) {
    const re = new RegExp(cue.pattern.source, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = sentenceAt(sentences, m.index);
      if (!s) continue;
      const lo = Math.max(s.start, m.index - window);
      const hi = Math.min(s.end, m.index + m[0].length + window);
      for (const e of entities) {
        const id = ids.get(e.id);
        if (id === undefined || !['state', 'person', 'organization', 'place', 'group'].includes(e.kind)) continue;
        const near = e.mentions.find(([a, b]) => a >= lo && b <= hi);
        const key = `${id}|${s.start}`;
        if (!near || seen.has(key)) continue;
        seen.add(key);
        out.push({ report_id: reportId, entity_id: id, cue: cue.id, start: near[0], end: near[1] });
      }
    }
  }
  return out;
}
