import { describe, expect, it } from 'vitest';
import { byName, run, texts } from './helpers.js';

describe('group references', () => {
  it('"the military" standing alone is the military government last named', () => {
    const text = "Guinea's military government met the envoys, and the military said the vote would wait.";
    expect(texts(text, byName(run(text), 'Guinea'))).toContain('the military');
  });

  it('does not read the first half of a compound modifier ("the military-led governments of ...") as a reference', () => {
    const text = "Guinea's military government met the envoys. The military-led governments of Chad and Mali stayed away.";
    expect(texts(text, byName(run(text), 'Guinea'))).not.toContain('The military');
    const army = 'Sudan’s army took the town. The army-backed council of Chad met later.';
    expect(texts(army, byName(run(army), 'Sudanese Armed Forces'))).not.toContain('The army');
  });

  it('"the junta" with no military government named yet rules the state the armed group fights', () => {
    const text = 'Fighters of the Chad Valley Defence Front (CVDF) crossed the river. The African Union urged the junta to talk.';
    expect(texts(text, byName(run(text), 'Chad'))).toContain('the junta');
  });
});
