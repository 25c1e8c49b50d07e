// `extract --explain` names the people in each item, not their entity ids.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const REPORT = 'Ukrainian President Volodymyr Zelenskyy met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday. "We want a just peace," Zelenskyy said.';

describe('--explain item lines', () => {
  it('show actor, recipient and speaker by name', async () => {
    let out = '';
    const code = await main(['extract', '-', '--explain'], {
      stdout: (s) => { out += s; }, stderr: () => {}, stdin: async function* () { yield new TextEncoder().encode(REPORT); },
    });
    expect(code).toBe(0);
    const event = out.split('\n').find((l) => /^ {4}= event .* CONSULT/.test(l));
    expect(event).toContain('actor=[Volodymyr Zelenskyy] recipient=[Recep Tayyip Erdogan]');
    expect(out).toMatch(/= quote q1 speaker=Volodymyr Zelenskyy /);
    expect(out).not.toMatch(/(actor|recipient)=\[[^\]]*\be\d+\b/);
  });
});
