// Rules for the use of armed force: ASSAULT. (The older ASSAULT regex patterns in ../patterns.data.ts still run;
// a token rule listed here wins over them on the same words, see ../overlap.ts.)
import type { EventRule } from './types.js';

const PLACES = '(city|cities|town|towns|village|villages|territory|territories|part|parts|region|province|base|bases|airport|capital|headquarters|area|areas|district|stronghold|garrison|outpost)';

export const COMBAT_RULES: EventRule[] = [
  { id: 'assault.seize-place', event: 'ASSAULT', mode: null, roles: 'svo',
    match: `[(seize|capture|overrun|retake|recapture|=retook|=overran)#VERB] .{0,4} ${PLACES}`,
    why: 'taking a city, base or territory by arms is an attack, not a seizure of goods or people',
    yes: [{ text: 'Rapid Support Forces captured the city after a siege of many months.', evidence: 'captured', actor: ['Rapid Support Forces'], recipient: [] },
      { text: 'M23 seized large parts of the eastern provinces last year.', evidence: 'seized', actor: ['M23'], recipient: [] }],
    no: ['Ethiopia seized two trucks of smuggled fuel at the border.', 'Police captured the suspect in a raid on his home.'] },
  { id: 'assault.bombardment', event: 'ASSAULT', mode: null, roles: 'svo', recipientPreps: ['on', 'against', 'of'],
    match: '[(barrage|barrages|bombardment|bombardments|airstrike|airstrikes|shelling)#NOUN]',
    why: 'a bombardment or air strike told as a noun, with its party (modifier, possessor, or the verb that carries it out)',
    yes: [{ text: 'Israel carried out a heavy bombardment of Lebanon overnight.', evidence: 'bombardment', actor: ['Israel'], recipient: ['Lebanon'] },
      { text: 'A Russian missile barrage on Ukraine killed nine people.', evidence: 'barrage', actor: ['Russia'], recipient: ['Ukraine'] }],
    no: ['The barrage of questions went on for an hour.', 'Years of shelling have emptied the villages.'] },
  { id: 'assault.abuse', event: 'ASSAULT', mode: null, roles: 'svo',
    match: '[(=tortured|=torturing|=raped|=raping|=lynched|=beheaded|=massacred)]',
    why: 'torture, rape and killings of the helpless are assaults on people, whoever names them',
    yes: [{ text: 'Security forces in Kenya tortured dozens of Somali refugees.', evidence: 'tortured', actor: ['Kenya'], recipient: ['Somalia'] }],
    no: ['Kenya denied any torture of Somali refugees.'] },
  { id: 'assault.beat', event: 'ASSAULT', mode: null, roles: 'svo',
    match: '[(beat|=beaten)#VERB] up? .{0,2} (detainee|detainees|prisoner|prisoners|protester|protesters|demonstrator|demonstrators|civilian|civilians|man|men|woman|women|child|children|journalist|journalists|student|students|villager|villagers)',
    why: 'beating people up: "beat the rebels" in a vote or a match is another sense',
    yes: [{ text: 'Turkish police beat up Kurdish students near the campus.', evidence: 'beat', actor: ['Türkiye'], recipient: [] }],
    no: ['Türkiye beat Greece in the final on Sunday.'] },
  { id: 'assault.sexual', event: 'ASSAULT', mode: null, roles: 'svo',
    match: '[(sexually|physically) (abuse|assault|abused|assaulted)]',
    why: 'sexual or physical abuse of people',
    yes: [{ text: 'Libyan guards sexually abused migrants held in the camp.', evidence: 'sexually abused', actor: ['Libya'], recipient: [] }],
    no: ['Libyan guards were accused of abuses of power in the camp.'] },
  { id: 'assault.violate-truce', event: 'ASSAULT', mode: null, roles: 'svo',
    match: '[(violate|breach)#VERB] .{0,2} (ceasefire|truce|armistice)',
    why: 'violating a ceasefire is fighting on, not only a broken word',
    yes: [{ text: 'Both Ethiopia and Eritrea violated the ceasefire along the border.', evidence: 'violated', actor: ['Ethiopia', 'Eritrea'], recipient: [] }],
    no: ['Ethiopia and Eritrea signed the ceasefire along the border.'] },
];
