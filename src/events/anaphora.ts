// "The meeting concluded without a resolution", "both leaders reiterated their commitment": phrases that stand for
// a meeting the report already named. We remember the last asserted meeting with two or more parties and lend its
// parties (and date) to such phrases.
import type { EventDate } from '../record.js';

const GROUP_ANAPHOR = /\b(?:both\s+(?:leaders|sides|men|presidents|parties|delegations)|the\s+two\s+(?:leaders|sides|men|presidents|parties|delegations|countries|nations)|the\s+(?:leaders|presidents|delegations)|they)\b/i;
const MEETING_ANAPHOR = /\b(?:the|this|that|their|sunday[’']s|monday[’']s|tuesday[’']s|wednesday[’']s|thursday[’']s|friday[’']s|saturday[’']s)\s+(?:[\w-]+\s+)?(?:meeting|talks|summit|encounter|discussions|negotiations)\b/i;

export interface Remembered { parties: string[]; date: EventDate | null }

export class MeetingMemory {
  private meeting: Remembered | null = null;

  remember(e: { actor: string[]; recipient: string[]; date: EventDate | null }): void {
    this.meeting = { parties: [...new Set([...e.actor, ...e.recipient])], date: e.date };
  }

  last(): Remembered | null {
    return this.meeting;
  }

  /** The remembered meeting when `clause` refers back to it; null otherwise. */
  resolve(clause: string, triggerIsMeeting: boolean): Remembered | null {
    if (!this.meeting) return null;
    if (GROUP_ANAPHOR.test(clause) || MEETING_ANAPHOR.test(clause)) return this.meeting;
    return triggerIsMeeting ? null : null;
  }
}
