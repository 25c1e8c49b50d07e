// The JSON Schema of one `parley export --format plover` line, built from the same tables the export uses, so the
// shipped schema (schema/plover-event.schema.json, checked equal by a test) cannot drift from the code. Strict: no
// field beyond those documented, and a mode only with the event category it belongs to.
import { PLOVER_EVENTS } from '../record.js';
import { PLOVER_MODES, PLOVER_SECTORS, QUAD_CODE } from './plover.data.js';

const str = { type: 'string' };
const nullable = (s: object) => ({ oneOf: [{ type: 'null' }, s] });
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) =>
  ({ type: 'object', additionalProperties: false, required, properties });

const source = {
  publication: str, url: nullable(str), title: nullable(str), publication_date: nullable(day), citation: { type: 'string', minLength: 1 },
};

export function ploverSchema(): Record<string, unknown> {
  const byEvent = PLOVER_EVENTS.map((event) => ({
    if: { properties: { event: { type: 'array', contains: { const: event } } } },
    then: {
      properties: {
        mode: PLOVER_MODES[event].length ? { type: 'array', items: { enum: [...PLOVER_MODES[event]] } } : { type: 'array', maxItems: 0 },
        quad_code: { const: QUAD_CODE[event] },
      },
    },
  }));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://parley.invalid/schema/plover-event.schema.json',
    title: 'Parley PLOVER 2.0 event record',
    description: 'One line of `parley export --format plover`: a PLOVER 2.0 event record. Fields and their sources: docs/plover-export.md.',
    ...obj({
      id: { type: 'string', pattern: '^parley-\\d+$' },
      has_event: { const: true },
      date: day,
      enddate: nullable(day),
      date_precision: { enum: ['day', 'month', 'year', 'report'] },
      actor: { type: 'array', items: { $ref: '#/definitions/entity' } },
      recipient: { type: 'array', items: { $ref: '#/definitions/entity' } },
      event: { type: 'array', minItems: 1, maxItems: 1, items: { enum: [...PLOVER_EVENTS] } },
      mode: { type: 'array', maxItems: 1, items: str },
      context: { type: 'array', uniqueItems: true, items: { type: 'string', pattern: '^[a-z_]+$' } },
      quad_code: { enum: [1, 2, 3, 4] },
      event_loc: nullable(obj({ extracted_place: { type: 'string', minLength: 1 } })),
      event_text: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
      link: nullable({ type: 'string', pattern: '^parley-plan-\\d+$' }),
      link_role: { enum: [null, 'planned', 'realised'] },
      linked_events: { type: 'array', items: { type: 'string', pattern: '^parley-\\d+$' } },
      text_info: obj({
        start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 },
        spans: { type: 'array', minItems: 1, items: obj({ citation: str, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } }) },
      }),
      cite_info: obj({
        ...source, language: { const: 'en' }, coder: str, codebook: { const: 'plover-2.0' },
        sources: { type: 'array', minItems: 1, items: obj(source) },
      }),
      modality: { enum: ['asserted', 'future', 'hypothetical', 'negated'] },
      source_count: { type: 'integer', minimum: 1 },
      coder: str,
    }),
    allOf: byEvent,
    definitions: {
      entity: obj({
        code: nullable({ type: 'string', pattern: '^[A-Z]{3}$' }),
        sector: { enum: [null, ...PLOVER_SECTORS] },
        entity_text: { type: 'string', minLength: 1 },
        identifier_id: nullable({ type: 'string', pattern: '^Q\\d+$' }),
        identifier_text: nullable(str),
        office: nullable(str),
        kind: { enum: ['person', 'state', 'organization', 'group', 'place', 'unknown'] },
        parley_id: { type: 'string', pattern: '^\\d+$' },
      }),
    },
  };
}
