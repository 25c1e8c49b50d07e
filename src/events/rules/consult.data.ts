// Rules for meetings, calls, talks and visits: CONSULT. Parties come from the syntax (subject, object, "with" phrase,
// a meeting noun's possessor and "between" phrase, the subject of the light verb that holds it), never from the
// nearest names. roles 'all': everyone named takes part (a meeting has no direction); visits are 'svo'/'ovs'.
import type { EventRule } from './types.js';

/** Words after "spoke/talked to|with" that make it a statement to an audience, not a consultation (a determiner is
 * listed too, so an optional determiner before the audience noun cannot be skipped to dodge the test). */
const AUDIENCE = '!(reporter|reporters|journalist|journalists|press|media|broadcaster|audience|crowd|crowds|supporter|supporters|student|students|troops|soldiers|nation|the|a|an|his|her|their|its)';
const MEETING_NOUNS = '(talks|meeting|meetings|summit|negotiations|discussions|encounter|consultations|dialogue|session|sessions|conversation|conversations)';
const TALK_NOUNS = '(talks|meeting|meetings|negotiations|discussions|consultations|dialogue|session|sessions|summit)';

export const CONSULT_RULES: EventRule[] = [
  // ---- phone and video calls
  { id: 'consult.phone.by-phone', event: 'CONSULT', mode: 'phone', roles: 'all', recipientPreps: ['with', 'to'],
    match: '[(speak|talk|chat|confer)#VERB] .{0,3} (by|over|on|via) (the|a)? (phone|telephone|video|videoconference|videolink)',
    why: 'speaking by phone or video link is a call',
    yes: [{ text: 'Kenya and Uganda spoke by phone on Monday.', evidence: 'spoke', actor: ['Kenya', 'Uganda'], recipient: [] }],
    no: ['Kenya spoke at a news conference in Nairobi.'] },
  { id: 'consult.phone.compound', event: 'CONSULT', mode: 'phone', roles: 'all', recipientPreps: ['with', 'to'],
    match: '[(phone|telephone|video) (call|calls|conversation|conversations|talks|conference)]',
    why: 'a phone or video call told as a noun, with a possessor or a "with"/"between" phrase',
    yes: [{ text: 'Japan held a phone call with South Korea.', evidence: 'phone call', actor: ['Japan', 'South Korea'], recipient: [] }],
    no: ['Japan said nothing about the phone lines.'] },
  { id: 'consult.phone.noun', event: 'CONSULT', mode: 'phone', roles: 'all', recipientPreps: ['with', 'to'],
    match: '(phone|telephone|video|phone-call)? [(call|calls|conversation|conversations)#NOUN] (with|between|to) #DET? #ADJ? (@party|#PROPN)',
    why: 'a call or conversation named with its parties ("the call between X and Y", "X\'s call to Y")',
    yes: [{ text: "Egypt's call with Jordan lasted an hour.", evidence: 'call', actor: ['Egypt', 'Jordan'], recipient: [] }],
    no: ['Egypt renewed its call to end the fighting.'] },
  { id: 'consult.phone.call-verb', event: 'CONSULT', mode: 'phone', roles: 'svo',
    match: '[(call|phone|telephone|ring)#VERB] #ADJ? @person',
    why: 'calling a named person is a call (naming a thing "called X" is not)',
    yes: [{ text: 'Emmanuel Macron called Cyril Ramaphosa on Friday.', evidence: 'called', actor: ['Emmanuel Macron'], recipient: ['Cyril Ramaphosa'] }],
    no: ['Emmanuel Macron called for calm on Friday.'] },
  // ---- visits (the visitor acts, the host receives)
  { id: 'consult.visit.verb', event: 'CONSULT', mode: 'visit', roles: 'svo',
    match: '[visit#VERB]',
    why: 'visiting a country or leader',
    yes: [{ text: 'Narendra Modi visited Japan in August.', evidence: 'visited', actor: ['Narendra Modi'], recipient: ['Japan'] }],
    no: ['Narendra Modi cancelled the trip.'] },
  { id: 'consult.visit.host', event: 'CONSULT', mode: 'visit', roles: 'ovs',
    match: '[(host|receive|welcome)#VERB] #DET? #ADJ? (@party|leader|leaders|president|presidents|delegation|delegations|envoy|envoys|minister|ministers|counterpart|counterparts)',
    why: 'hosting or receiving a leader or a delegation: the guest visits the host',
    yes: [{ text: 'Ghana hosted the president of Togo.', evidence: 'hosted', actor: ['Togo'], recipient: ['Ghana'] }],
    no: ['Ghana hosted the football final.', 'Ghana received the shipment on Friday.'] },
  // ---- meetings and talks
  { id: 'consult.meet', event: 'CONSULT', mode: null, roles: 'all', recipientPreps: ['with'],
    match: '[(meet|confer|convene|negotiate|consult)#VERB] !(demand|demands|requirement|requirements|criteria|goal|goals|target|targets|deadline|condition|conditions|expectation|expectations|resistance|need|needs|obligation|obligations)',
    why: 'meeting, conferring or negotiating with someone',
    yes: [{ text: 'Chad and Niger met in Geneva last week.', evidence: 'met', actor: ['Chad', 'Niger'], recipient: [] },
      { text: 'Serbia negotiated with Kosovo for two days.', evidence: 'negotiated', actor: ['Serbia', 'Kosovo'], recipient: [] }],
    no: ['Chad met resistance from its own generals.'] },
  { id: 'consult.discuss-with', event: 'CONSULT', mode: null, roles: 'all', recipientPreps: ['with'],
    match: '[discuss#VERB] .{0,6} with',
    why: 'discussing something with someone is a consultation',
    yes: [{ text: 'Peru discussed the border plan with Chile.', evidence: 'discussed', actor: ['Peru', 'Chile'], recipient: [] }],
    no: ['Peru refused to say what was in the border plan.'] },
  { id: 'consult.talk-with', event: 'CONSULT', mode: null, roles: 'all', recipientPreps: ['with', 'to'],
    match: `[(speak|talk|chat)#VERB] #ADV? (with|to) ${AUDIENCE}`,
    why: 'speaking or talking with a party (not to reporters or an audience)',
    yes: [{ text: 'Qatar spoke with Iran about the detainees.', evidence: 'spoke', actor: ['Qatar', 'Iran'], recipient: [] }],
    no: ['Qatar spoke to reporters about the detainees.'] },
  { id: 'consult.round-of-talks', event: 'CONSULT', mode: null, roles: 'all', recipientPreps: ['with'],
    match: `[(round|rounds) of ${TALK_NOUNS}]`,
    why: 'a round of talks: whoever holds, begins or ends it takes part',
    yes: [{ text: 'Oman and Iran began a new round of talks on Sunday.', evidence: 'round of talks', actor: ['Oman', 'Iran'], recipient: [] }],
    no: ['Oman fired a round of ammunition into the air.'] },
  { id: 'consult.meeting', event: 'CONSULT', mode: null, roles: 'all', recipientPreps: ['with'],
    match: `[${MEETING_NOUNS}]`,
    why: 'a meeting or talks named as a noun take the parties linked to the noun (possessor, "with", "between", the holder)',
    yes: [{ text: 'Talks between Sudan and Chad resumed in Cairo.', evidence: 'Talks', actor: ['Sudan', 'Chad'], recipient: [] },
      { text: 'Ecuador held talks in Geneva with Peru on Monday.', evidence: 'talks', actor: ['Ecuador', 'Peru'], recipient: [] },
      { text: 'During talks with Peru, Ecuador raised the river dispute.', evidence: 'talks', actor: ['Ecuador', 'Peru'], recipient: [] }],
    no: ['The outcome of the summit remains unclear.', 'The Nairobi talks ended without a statement.'] },
  { id: 'consult.attend', event: 'CONSULT', mode: 'multilateral', roles: 'all',
    match: '[attend#VERB] .{0,4} (summit|meeting|conference|talks|session|ceremony|gathering)',
    why: 'attending a summit or conference',
    yes: [{ text: 'Brazil and Mexico attended the regional summit in Lima.', evidence: 'attended', actor: ['Brazil', 'Mexico'], recipient: [] }],
    no: ['Brazil skipped the regional summit in Lima.'] },
];
