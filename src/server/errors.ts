// Clear JSON errors: a status and one sentence naming what was wrong. Never a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ApiErrorBody { error: string; status: number }

export function apiError(c: Context, status: ContentfulStatusCode, message: string, headers?: Record<string, string>): Response {
  return c.json({ error: message, status } satisfies ApiErrorBody, status, headers);
}

/** A request the caller can fix (bad parameter, bad body); routes throw it and the app turns it into a 400. */
export class BadRequest extends Error {}
export class NotFound extends Error {}
