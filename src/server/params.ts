// Query-parameter checking for the API: each route names the parameters it takes; anything else, or a value of the
// wrong shape, is a 400 that names the parameter.
import { isDateOption } from '../read/dates.js';
import { BadRequest } from './errors.js';

export type ParamKind =
  | { type: 'text'; max?: number; required?: boolean }
  | { type: 'date' }
  | { type: 'enum'; values: readonly string[]; fold?: 'upper' | 'lower' }
  | { type: 'int'; min: number; max: number };

export type ParamSpec = Record<string, ParamKind & { description: string }>;

export function checkParams(spec: ParamSpec, query: Record<string, string[]>): Record<string, string | number | undefined> {
  const out: Record<string, string | number | undefined> = {};
  const unknown = Object.keys(query).filter((k) => !(k in spec));
  if (unknown.length) throw new BadRequest(`unknown parameter ${unknown.map((k) => `"${k}"`).join(', ')} (this route takes: ${Object.keys(spec).join(', ') || 'none'})`);
  for (const [name, kind] of Object.entries(spec)) {
    const values = query[name];
    if (!values) {
      if (kind.type === 'text' && kind.required) throw new BadRequest(`parameter "${name}" is required`);
      continue;
    }
    if (values.length > 1) throw new BadRequest(`parameter "${name}" is given more than once`);
    out[name] = checkValue(name, kind, values[0]);
  }
  return out;
}

function checkValue(name: string, kind: ParamKind, raw: string): string | number {
  const v = raw.trim();
  switch (kind.type) {
    case 'text': {
      if (!v) throw new BadRequest(`parameter "${name}" is empty`);
      if (v.length > (kind.max ?? 200)) throw new BadRequest(`parameter "${name}" is longer than ${kind.max ?? 200} characters`);
      return v;
    }
    case 'date':
      if (!isDateOption(v, 'year')) throw new BadRequest(`parameter "${name}" is "${clip(v)}", not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      return v;
    case 'enum': {
      const folded = kind.fold === 'upper' ? v.toUpperCase() : kind.fold === 'lower' ? v.toLowerCase() : v;
      if (!kind.values.includes(folded)) throw new BadRequest(`parameter "${name}" is "${clip(v)}"; expected one of ${kind.values.join(', ')}`);
      return folded;
    }
    case 'int': {
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < kind.min || n > kind.max) throw new BadRequest(`parameter "${name}" is "${clip(v)}"; expected a whole number from ${kind.min} to ${kind.max}`);
      return n;
    }
  }
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 39) + '…' : s);
