import { describe, expect, it } from 'vitest';
import { DEFAULT_RECIPIENT_PREPS, withRoles, type RoleOptions } from '../../src/events/role-options.js';
import { makeIndex } from '../../src/entities/index.js';

describe('withRoles', () => {
  const o: RoleOptions = { roles: 'ovs', recipientPreps: DEFAULT_RECIPIENT_PREPS, quotes: [[0, 40]], entities: makeIndex([], []), meeting: true };

  it('changes the roles only, on a copy', () => {
    const svo = withRoles(o, 'svo');
    expect(svo).toEqual({ ...o, roles: 'svo' });
    expect(o.roles).toBe('ovs');
  });

  it('writes the fields in the order the options are built with', () => {
    expect(Object.keys(withRoles(o, 'svo'))).toEqual(Object.keys(o));
  });
});
