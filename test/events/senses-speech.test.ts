// Word senses of the speech-act and stance verbs, on sentences of our own: each sense removes the reading its words
// do not have here, and leaves the act where the words do tell it.
import { SPEECH_SENSES } from '../../src/events/senses-speech.js';
import { describeSenses, type SenseCase } from './sense-cases.js';

const CASES: SenseCase[] = [
  ['sense.suggest-claim', 'REQUEST', 'suggested', 'Moldova suggested that the blast would delay the vote.', 'Moldova suggested a new round of talks with Russia.'],
  ['sense.demanded-request', 'REQUEST', 'put', 'Kyiv urged Washington to put more pressure on Moscow.', 'Kyiv put more pressure on Moscow.'],
  ['sense.asked-quote', 'REQUEST', 'asked', '"Who will pay for the monitors?" Lebanon asked.', 'Lebanon asked France for more monitors.'],
  ['sense.document-calls', 'REQUEST', 'calls for', "Egypt's plan calls for a withdrawal of Israeli troops.", 'Egypt calls for a withdrawal of Israeli troops.'],
  ['sense.document-calls', 'SUPPORT', 'endorses', 'The declaration endorses the corridor plan.', 'Armenia endorses the corridor plan.'],
  ['sense.threat-danger', 'THREATEN', 'threat', 'Jordan called the smuggling an existential threat.', "Jordan's threat to close the crossing angered Syria."],
  ['sense.threat-danger', 'THREATEN', 'threat', 'Jordan said it would talk to Syria, but not under threat.', "Jordan's threat to close the crossing angered Syria."],
  ['sense.welcome-visitor', 'SUPPORT', 'welcomed', 'Kenya welcomed the Somali delegation in Nairobi.', 'Kenya welcomed the Somali decision to reopen the border.'],
  ['sense.backed-by', 'SUPPORT', 'backed', 'The rebels, backed by Rwanda, took the town.', 'The truce was backed by Rwanda on Monday.'],
  ['sense.armed-backing', 'SUPPORT', 'backed', 'Eritrean troops backed the Ethiopian army in the war.', 'Eritrea backed the Ethiopian peace plan.'],
  ['sense.material-support', 'SUPPORT', 'pledged', 'Norway pledged more military support for Kenya.', 'Norway pledged its full support for Kenya.'],
  ['sense.thank-god', 'SUPPORT', 'thank', 'Kosovo, thank God, did not send troops to Serbia.', 'Serbia wanted to thank Hungary for the help.'],
  ['sense.suggest-claim', 'REQUEST', 'insisted', 'Ghana insisted that the vote was fair.', 'Ghana insisted that the rebels disarm.'],
  ['sense.demand-answered', 'REQUEST', 'demands', "Baku accepted most of Yerevan's demands in the draft.", "Yerevan's demands angered Baku."],
  ['sense.demand-answered', 'REQUEST', 'request', 'Germany refused to grant his request for tanks.', "Kenya's request for tanks reached Germany."],
  ['sense.demand-answered', 'REQUEST', 'demands', 'Iran and Oman later clashed over their respective demands.', "Iran's demands angered Oman."],
  ['sense.proposed-modifier', 'REQUEST', 'proposed', 'Sudan met Chad to study the Egypt proposed border plan.', 'Egypt proposed border talks to Chad.'],
  ['sense.demand-answered', 'REQUEST', 'demands', 'Qatar pressed Hamas to agree to demands faster.', 'Qatar said Hamas demands a full withdrawal.'],
  ['sense.not-ruled-out', 'REJECT', 'rule', 'Jordan did not rule out a second round of talks.', 'Jordan ruled out a second round of talks.'],
  ['sense.meeting-ruled-out', 'CONSULT', 'talks', 'Armenia ruled out any talks with Azerbaijan.', 'Armenia held talks with Azerbaijan.'],
  ['sense.meeting-ruled-out', 'CONSULT', 'negotiations', 'Mali rejected direct negotiations with the rebels.', 'Mali opened direct negotiations with the rebels.'],
  ['sense.accused-content', 'REJECT', 'violating', 'Sudan accused Chad of violating the border truce.', 'Chad said Sudan was violating the border truce.'],
  ['sense.accused-content', 'REJECT', 'violating', 'Ghana scolded Togo for violating the border truce.', 'Togo said Ghana was violating the border truce.'],
  ['sense.accused-content', 'SUPPORT', 'backing', 'Mali accused Algeria of backing the rebels.', 'Algeria is backing the peace plan for Mali.'],
  ['sense.renounce-evil', 'REJECT', 'rejected', 'The rebel council rejected violence in all its forms, Mali said.', 'Mali rejected the Algerian peace plan.'],
  ['sense.concede-admit', 'CONCEDE', 'conceded', 'Ukraine conceded that the talks had stalled.', 'Ukraine conceded the point to Russia.'],
];

describeSenses('speech-act senses', SPEECH_SENSES, CASES);
