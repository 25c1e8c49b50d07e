// The persons a report has named so far, in order, for the resolvers of "he", "she", "the president" and speakers:
// kept apart from the entity table so that the table only turns candidates into entities.
import type { Entity } from '../record.js';

export interface PersonMention { entity: Entity; sentence: number; word: number }

export class PersonMentions {
  private readonly list: PersonMention[] = [];

  push(m: PersonMention): void {
    this.list.push(m);
  }

  /**
   * The person a pronoun in `sentence` (at word `word`) points to: the first fitting person named earlier in the same
   * sentence (subjects come first), else the first fitting person of the nearest earlier sentence, up to 3 back.
   */
  antecedent(sentence: number, word: number, fits: (e: Entity) => boolean): Entity | undefined {
    let best: PersonMention | undefined;
    for (let k = this.list.length - 1; k >= 0; k--) {
      const p = this.list[k];
      if (p.word >= word) continue;
      if (sentence - p.sentence > 3) break;
      if (!fits(p.entity)) continue;
      if (best && p.sentence !== best.sentence) break;
      best = p;
    }
    return best?.entity;
  }

  /** Where the last person named before word `word` of sentence `sentence` was named, if any. */
  lastPersonMention(sentence: number, word: number): Readonly<PersonMention> | undefined {
    for (let k = this.list.length - 1; k >= 0; k--) {
      const p = this.list[k];
      if (p.sentence < sentence) return undefined;
      if (p.sentence === sentence && p.word < word) return p;
    }
    return undefined;
  }

  /** The last person named before word `word` of sentence `sentence`, if any. */
  personBefore(sentence: number, word: number): Entity | undefined {
    return this.lastPersonMention(sentence, word)?.entity;
  }

  /** Persons mentioned so far, most recent first, each once. */
  recentPersons(): Entity[] {
    const seen = new Set<string>();
    const out: Entity[] = [];
    for (let k = this.list.length - 1; k >= 0; k--) {
      const e = this.list[k].entity;
      if (!seen.has(e.id)) { seen.add(e.id); out.push(e); }
    }
    return out;
  }
}
