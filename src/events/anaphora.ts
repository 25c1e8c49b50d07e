// "The meeting concluded without a resolution", "both leaders reiterated their commitment": phrases that stand for
// a meeting the report already named. We remember the last asserted meeting with two or more parties and lend its
// parties (and date) to such phrases.
import type { EventDate } from '../record.js';

const GROUP_ANAPHOR = /\b(?:both\s+(?:leaders|sides|men|presidents|parties|delegations)|the\s+two\s+(?:leaders|sides|men|presidents|parties|delegations|countries|nations)|the\s+(?:leaders|presidents|delegations)|they)\b/i;
const MEETING_ANAPHOR = /\b(?:the|this|that|their|sunday[’']s|monday[’']s|tuesday[’']s|wednesday[’']s|thursday[’']s|friday[’']s|saturday[’']s)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|encounter|discussions|negotiations)\b/i;

export interface Remembered { parties: string[]; date: EventDate | null }

const CALL_ANAPHOR = /\b(?:the|this|that|their)\s+(?:[\w-]+\s+)?(?:call|conversation)\b/i;

/** Remembers the last asserted meeting and the last asserted call, apart: "the meeting" is not "the call". */
export class MeetingMemory {
  private meeting: Remembered | null = null;
  private call: Remembered | null = null;

  remember(e: { mode: string | null; actor: string[]; recipient: string[]; date: EventDate | null }): void {
    const r = { parties: [...new Set([...e.actor, ...e.recipient])], date: e.date };
    if (e.mode === 'phone') this.call = r;
    else this.meeting = r;
  }

  /** The meeting the report is about at this point (for "joined", "earlier in the day"). */
  last(): Remembered | null {
    return this.meeting ?? this.call;
  }

  /** The remembered meeting or call when `clause` refers back to it; null otherwise. */
  resolve(clause: string): Remembered | null {
    if (CALL_ANAPHOR.test(clause) && this.call) return this.call;
    if (GROUP_ANAPHOR.test(clause) || MEETING_ANAPHOR.test(clause)) return this.meeting ?? this.call;
    return null;
  }
}
