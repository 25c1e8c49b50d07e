// Word senses of meeting words, on sentences of our own: each sense removes the meeting its words do not tell, or gives
// it the modality they do, and leaves the meeting where the words tell it.
import { MEETING_SENSES } from '../../src/events/senses-meeting.js';
import { describeSenses, type SenseCase } from './sense-cases.js';

const CASES: SenseCase[] = [
  ['sense.wished-meeting', 'CONSULT', 'summit', 'Seoul hopes for a summit with Pyongyang.', 'Seoul held a summit with Pyongyang in April.'],
  ['sense.craft-travel', 'CONSULT', 'headed', 'A Turkish aid ship headed to Libya on Monday.', 'Turkish President Erdogan headed to Libya on Monday.'],
  ['sense.meeting-not-ruled-out', 'CONSULT', 'meeting', 'Armenia did not rule out a meeting with Azerbaijan next month.', 'Armenia will hold a meeting with Azerbaijan next month.'],
  ['sense.meeting-referred', 'CONSULT', 'talks', 'Before the talks with Ankara, Armenia reopened the crossing.', 'Armenia held talks with Ankara on Monday.'],
  ['sense.meeting-cancelled', 'CONSULT', 'summit', 'The planned summit between Kenya and Somalia was cancelled on Monday.',
    'The summit between Kenya and Somalia took place on Monday.'],
  ['sense.meeting-skipped', 'CONSULT', 'session', 'Eritrea skipped the signing session in Nairobi on Monday.', 'Eritrea attended the signing session in Nairobi on Monday.'],
  ['sense.meeting-skipped', 'CONSULT', 'summit', 'Eritrea stayed away from the summit in Nairobi on Monday.', 'Eritrea took part in the summit in Nairobi on Monday.'],
  ['sense.meeting-ahead', 'CONSULT', 'meeting', 'The next meeting between Greece and Turkey is scheduled for July.', 'The meeting between Greece and Turkey ended on Monday.'],
  ['sense.meeting-open', 'CONSULT', 'summit', 'Officials discussed a possible summit between Kenya and Somalia.', 'Kenya and Somalia held a summit in Nairobi on Monday.'],
];

describeSenses('senses of meeting words', MEETING_SENSES, CASES);
