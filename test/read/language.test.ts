// The language check: the share of English function words tells English prose from other languages.
import { describe, expect, it } from 'vitest';
import { checkEnglish, languageWarning } from '../../src/read/index.js';

const ENGLISH = 'The two delegations met in Geneva on Monday for a second round of talks on a ceasefire. ' +
  'Officials from both sides said the meeting was constructive, but they gave no details of what had been agreed.';
const FRENCH = 'Les deux délégations se sont réunies lundi à Genève pour un deuxième cycle de négociations sur un cessez-le-feu. ' +
  'Les responsables des deux camps ont qualifié la réunion de constructive, sans donner de détails sur le contenu des accords.';
const RUSSIAN = 'Делегации двух стран встретились в понедельник в Женеве для второго раунда переговоров о прекращении огня. ' +
  'Представители обеих сторон назвали встречу конструктивной, но не сообщили подробностей о достигнутых договорённостях.';

describe('checkEnglish', () => {
  it('English prose passes', () => {
    expect(checkEnglish(ENGLISH).english).toBe(true);
    expect(languageWarning(ENGLISH)).toBeNull();
  });
  it.each([['French', FRENCH], ['Russian', `${RUSSIAN} ${RUSSIAN}`]])('%s gets a warning', (_name, text) => {
    expect(checkEnglish(text).english).toBe(false);
    expect(languageWarning(text)).toMatch(/^the text does not look like English \(\d+% of its first \d+ words/);
  });
  it('a short text says too little to judge', () => {
    expect(languageWarning('Cessez-le-feu à Genève')).toBeNull();
  });
  it('looks at a bounded number of words', () => {
    expect(checkEnglish(`${FRENCH} `.repeat(10_000)).words).toBe(2000);
  });
});
