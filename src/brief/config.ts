// parley.yml: the user's names and adjustments of processes. A configured process whose parties match a proposed
// one adjusts it (name, mediators, aliases, plan); one with `drop: true` removes it; others are added.
import { parse } from 'yaml';
import { orderParties, processName } from './propose.js';
import type { SideIndex } from './sides.js';
import type { Process, ProcessPoint, Side } from './types.js';

export interface ProcessConfig {
  name?: string;
  parties: string[];
  mediators?: string[];
  aliases?: string[];
  leaders?: Record<string, string[]>;
  drop?: boolean;
  plan?: { name?: string; points: ProcessPoint[] };
}
export interface ParleyConfig { propose: boolean; processes: ProcessConfig[] }

/** A parley.yml that cannot be used; the message names the file and the entry. */
export class ConfigError extends Error {}

const strings = (v: unknown, where: string): string[] => {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' && typeof x !== 'number')) throw new ConfigError(`${where} must be a list of names`);
  return v.map(String);
};

export function parseConfig(text: string, file = 'parley.yml'): ParleyConfig {
  let doc: unknown;
  try { doc = parse(text); } catch (e) { throw new ConfigError(`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`); }
  if (doc === null || doc === undefined) return { propose: true, processes: [] };
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigError(`${file}: expected a mapping with "processes"`);
  const d = doc as Record<string, unknown>;
  const list = d.processes ?? [];
  if (!Array.isArray(list)) throw new ConfigError(`${file}: "processes" must be a list`);
  const processes = list.map((p, i): ProcessConfig => {
    const where = `${file}: processes[${i}]`;
    if (!p || typeof p !== 'object') throw new ConfigError(`${where} must be a mapping`);
    const o = p as Record<string, unknown>;
    const parties = strings(o.parties, `${where}.parties`);
    if (parties.length < 2) throw new ConfigError(`${where}.parties must name at least two parties`);
    const leaders: Record<string, string[]> = {};
    if (o.leaders && typeof o.leaders === 'object') for (const [k, v] of Object.entries(o.leaders)) leaders[k] = strings(v, `${where}.leaders.${k}`);
    return {
      name: o.name === undefined ? undefined : String(o.name), parties, mediators: o.mediators === undefined ? undefined : strings(o.mediators, `${where}.mediators`),
      aliases: strings(o.aliases, `${where}.aliases`), leaders, drop: o.drop === true, plan: parsePlan(o.plan, `${where}.plan`),
    };
  });
  return { propose: d.propose !== false, processes };
}

function parsePlan(v: unknown, where: string): ProcessConfig['plan'] {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || !Array.isArray((v as { points?: unknown }).points)) throw new ConfigError(`${where} needs a list of points`);
  const o = v as { name?: unknown; points: unknown[] };
  const points = o.points.map((pt, i): ProcessPoint => {
    const p = (pt ?? {}) as Record<string, unknown>;
    const keywords = strings(p.keywords, `${where}.points[${i}].keywords`);
    if (!keywords.length) throw new ConfigError(`${where}.points[${i}] needs keywords`);
    return { id: String(p.id ?? i + 1), text: String(p.text ?? ''), keywords };
  });
  return { name: o.name === undefined ? undefined : String(o.name), points };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function sidesFor(names: string[], index: SideIndex): Side[] {
  return names.map((n) => {
    const key = index.resolve(n) ?? `name:${n.trim().toLowerCase()}`;
    return { key, name: index.resolve(n) ? index.name(key) : n.trim() };
  });
}

/** Applies the configuration to the proposed processes. */
export function applyConfig(proposed: Process[], config: ParleyConfig, index: SideIndex): Process[] {
  let out = config.propose ? proposed.map((p) => ({ ...p })) : [];
  for (const c of config.processes) {
    const parties = orderParties(sidesFor(c.parties, index));
    const keys = parties.map((p) => p.key);
    const i = out.findIndex((p) => sameSet(p.parties.map((x) => x.key), keys));
    if (c.drop) { if (i >= 0) out = out.filter((_, j) => j !== i); continue; }
    const base = i >= 0 ? out[i] : undefined;
    const name = c.name ?? base?.name ?? processName(parties);
    const next: Process = {
      id: slug(name), name, parties: base?.parties ?? parties,
      mediators: c.mediators ? sidesFor(c.mediators, index) : base?.mediators ?? [],
      aliases: [...new Set([...(base?.aliases ?? []), ...(base && c.name ? [base.name] : []), ...(c.aliases ?? [])])],
      origin: base ? 'adjusted' : 'configured', score: base?.score ?? 0,
      plan: c.plan ? { name: c.plan.name ?? 'plan', points: c.plan.points } : base?.plan ?? null,
      leaders: leadersFor(c.leaders ?? {}, index),
    };
    if (i >= 0) out[i] = next; else out.push(next);
  }
  return out;
}

function leadersFor(given: Record<string, string[]>, index: SideIndex): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [party, names] of Object.entries(given)) out[index.resolve(party) ?? party] = names;
  return out;
}

const slug = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Finds a process by its name, id or an alias, case- and dash-insensitively. */
export function findProcess(processes: Process[], name: string): Process | undefined {
  const f = slug(name);
  return processes.find((p) => slug(p.name) === f || p.id === f || p.aliases.some((a) => slug(a) === f));
}
