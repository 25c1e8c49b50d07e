import { describe, expect, it } from 'vitest';
import { classifyModality } from '../../src/modality/classify.js';
import { analyze } from '../../src/nlp/wink.js';
import { buildSyntax } from '../../src/syntax/index.js';

// The modality of `trigger` in `sentence`, read with the sentence's syntax as the pipeline reads it.
function modalityOf(sentence: string, trigger: string): string {
  const s = analyze(sentence).sentences[0];
  const ts = sentence.indexOf(trigger);
  const scope = { syntax: buildSyntax(s, null), offset: s.start };
  return classifyModality(scope, sentence, ts, ts + trigger.length).modality;
}

const CASES: Record<string, Array<[string, string]>> = {
  future: [
    ['accept', 'The envoy is sure the rebels will accept the offer, but warned that if it is rejected the war would go on.'],
    ['visit', "Erdogan's visit to Baghdad is scheduled for May."],
    ['talks', 'Their talks will resume on Monday.'],
    ['meeting', 'The two leaders will hold their first meeting next week in Jakarta.'],
    ['sign', 'The envoys plan to meet in Nairobi and sign the protocol.'],
    ['truce', 'Talks aimed at reaching a truce continued for a third day in Doha.'],
    ['meet', 'The foreign ministers of Chile and Peru will meet in Lima on Tuesday.'],
    ['talks', 'Negotiators from both camps are set to resume talks in Oslo next month.'],
    ['visit', 'The envoy plans to visit Caracas before the end of the year.'],
    ['sign', 'The two militias are expected to sign a truce at the weekend.'],
    ['talks', 'The rebels agreed to hold talks next week in Nairobi.'],
    ['meeting', 'A meeting between the two presidents is scheduled for Friday.'],
    ['withdraw', 'The army said it would withdraw from the border town within a week.'],
    ['sign', 'The delegations will meet again next week to sign the accord.'],
    ['negotiate', 'Ankara sent two envoys to negotiate with the rebels.'],
    ['talks', "The mediator's aim is to hold direct talks by spring."],
    ['release', 'Under the accord, both sides will release all detainees within thirty days.'],
    ['call', 'The prime minister announced he would call his counterpart later on Monday.'],
    ['talks', 'A second round of talks will be held in Geneva in March.'],
    ['visit', 'The minister is due to visit Belgrade on Thursday.'],
    ['summit', 'The upcoming summit in Jakarta will focus on the crisis.'],
    ['meet', 'The two envoys are to meet in Cairo on Wednesday.'],
    ['deploy', 'The bloc decided to deploy monitors along the front line.'],
    ['hand over', 'The rebels are preparing to hand over the town to the army.'],
    ['ceasefire', 'The ceasefire, due to take effect at midnight, was welcomed by the UN.'],
    ['negotiations', 'The parties pledged to open direct negotiations by August.'],
    ['ceasefire', 'The two sides agreed to a ceasefire that will start on Monday.'],
    ['meet', 'The leaders, who met in August, will meet again in the spring.'],
    ['talks', 'Delegates who will attend the talks arrived in Manila.'],
    ['meet', 'Officials said the two ministers would meet in Baku on Friday.'],
    ['talks', 'The United Nations will host talks between the two sides in Geneva next week.'],
  ],
  hypothetical: [
    ['holding', 'The Taliban appeared open to holding talks with Islamabad in Doha.'],
    ['reaching', 'Envoys flew to Riyadh in hopes of reaching a truce.'],
    ['truce', 'Khartoum is weighing a Saudi proposal for a nationwide humanitarian truce.'],
    ['welcome', 'The king hopes to welcome the envoy to Amman next spring.'],
    ['sign', 'The rebels wished to sign the accord in Geneva.'],
    ['summit', 'Diplomats floated a proposed summit between the two leaders.'],
    ['truce', 'Mediators hope for a truce before the rainy season.'],
    ['meet', 'The general said he was ready to meet the opposition leader.'],
    ['release', 'If the deal holds, the militia would release forty captives.'],
    ['met', 'Had the envoy arrived in time, the two sides could have met on Monday.'],

    ['deal', 'Washington is pushing for a deal between the two rivals.'],
    ['withdraw', 'The rebels offered to withdraw from the airport if the army halts its advance.'],
    ['meeting', 'The opposition wants a meeting with the president.'],
    ['talks', 'The president has proposed talks with the insurgents.'],
    ['summit', 'A summit could take place in Doha if both sides agree.'],
    ['deal', 'The prospect of a deal receded after the shelling.'],
    ['meeting', 'A meeting with the rebels is possible, the spokesman said.'],
  ],
  negated: [
    ['shelling', 'Azerbaijan denied shelling the border villages.'],
    ['sign', 'The junta in Niamey seems disinclined to sign the transition charter.'],
    ['accord', 'The talks in Lusaka broke up without reaching an accord on the border.'],
    ['raided', 'I do not believe the militia raided the camp.'],
    ['backing', 'Rwanda denied backing the rebels in the east.'],
    ['meeting', 'Their meeting was cancelled at the last minute.'],
    ['sign', 'The junta refused to sign the roadmap drawn up by the bloc.'],
    ['talks', 'The government postponed the talks with the guerrillas.'],
    ['agreement', 'The talks ended without an agreement on the prisoners.'],
    ['meet', 'The two presidents did not meet during the summit.'],
    ['ceasefire', 'There is no sign that the ceasefire has taken hold.'],
    ['met', 'The two leaders have never met in person.'],
    ['fighting', 'There has been no fighting since the truce.'],
  ],
  asserted: [
    ['talks', 'The talks in Doha were open to the press.'],
    ['reopened', 'Islamabad reopened the border crossing with Kabul.'],
    ['talks', 'The spokesman confirmed the talks took place but said the army would respond if attacked.'],
    ['express', 'The president said he wished to “express satisfaction” with the talks.'],
    ['thank', 'The minister would like to thank Qatar for its mediation.'],
    ['fought', 'If signed, the treaty would be the first between the two neighbours, who fought two wars.'],
    ['denied', 'Rwanda denied backing the rebels in the east.'],
    ['proposal', 'Ankara sent a written proposal to the rebels on Monday.'],
    ['meeting', 'Their meeting in Oslo lasted three hours.'],
    ['attack', "Russia's attack on the port killed four people."],
    ['insisted', 'The junta said it was committed to ending the war but insisted that the militias must disarm first.'],
    ['talks', 'The rebels pledged to hand over their weapons during talks hosted by Norway on Friday.'],
    ['met', 'The two leaders met in Addis Ababa on Sunday to discuss the border.'],
    ['signed', 'The parties signed a ceasefire in Doha, ending months of fighting.'],
    ['attack', "The coalition condemned the militia's attack on the convoy."],
    ['talks', 'The minister briefed parliament on the talks with the rebels.'],
    ['invasion', 'The fighting has continued since the invasion three years ago.'],
    ['met', 'The envoy flew to Khartoum and met the army chief on Monday.'],
    ['talks', 'After two days of talks in Jeddah, the delegations went home.'],
    ['released', 'The militia released twelve hostages on Saturday, officials said.'],
    ['agreed', 'The two sides agreed to a ceasefire on Friday.'],
    ['visit', 'His visit to Ankara came a week after the vote.'],
    ['clashes', 'Aid agencies are trying to reach towns cut off by the clashes.'],
    ['attacks', 'Officials met to review the attacks on aid convoys.'],
    ['talks', 'The president praised the talks as constructive.'],
    ['signed', 'The accord, which the two leaders signed in August, has largely held.'],
    ['met', 'The leaders, who met in August, will meet again in the spring.'],
    ['accused', 'The minister accused the rebels of planning new attacks.'],
    ['talks', 'Delegates who attended the talks described them as tense.'],
    ['withdrew', 'Troops withdrew from the buffer zone, the UN said, after weeks of pressure.'],
    ['shelling', 'The prospect of a deal receded after the shelling.'],
    ['agreement', 'The agreement between the two governments was signed in Doha.'],
    ['talks', 'The United Nations hosted talks between the two sides in Geneva last week.'],
  ],
};

describe('modality from the syntax scope', () => {
  for (const [modality, cases] of Object.entries(CASES)) {
    it.each(cases)(`reads "%s" as ${modality} in: %s`, (trigger, sentence) => {
      expect(modalityOf(sentence, trigger)).toBe(modality);
    });
  }
});

describe('an inverted condition', () => {
  it('makes what it states hypothetical ("could have collapsed had Kenya insisted", "Had Kenya attacked, ...")', () => {
    expect(modalityOf('Diplomats said the deal could have collapsed had Kenya insisted on a base.', 'insisted')).toBe('hypothetical');
    expect(modalityOf('Had Kenya attacked the town, the talks would have ended.', 'attacked')).toBe('hypothetical');
    expect(modalityOf('Kenya had attacked the town before the talks.', 'attacked')).toBe('asserted');
  });
});

describe('a bare -ing verb of a time clause', () => {
  it('shares its governor\'s marks ("will address the assembly before heading to Cairo")', () => {
    expect(modalityOf('Modi will address the assembly before heading to Cairo.', 'heading')).toBe('future');
    expect(modalityOf('Modi addressed the assembly before heading to Cairo.', 'heading')).toBe('asserted');
  });
});
