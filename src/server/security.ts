// Headers every response carries, the bearer-token check for writes, and the request-size limit. The policy is strict
// because the dashboard shows text written by strangers: nothing may run that the server did not ship itself.
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiError } from './errors.js';
import { clientKey, rateLimiter, type RateLimiter } from './rate-limit.js';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'",
].join('; ');

const SECURE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

export const secureHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(SECURE_HEADERS)) c.res.headers.set(k, v);
};

/**
 * True when `given` equals `expected`. Both are hashed first so the compared buffers always have the same length and
 * the comparison time says nothing about how much of the token matched.
 */
export function tokenMatches(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Wrong tokens a client may send per minute before it is refused without checking (guessing takes forever). */
export const FAILED_TOKENS_PER_MINUTE = 10;

/**
 * Write access: 403 when the server runs without a token (read-only), 401 when the request's token is missing or
 * wrong, 429 once a client has sent too many wrong tokens this minute (not even checked then).
 */
export function requireToken(token: string | undefined, failures: RateLimiter = rateLimiter({ max: FAILED_TOKENS_PER_MINUTE, windowMs: 60_000 })): MiddlewareHandler {
  return async (c, next) => {
    if (!token) return apiError(c, 403, 'this server is read-only: start it with --token T to accept reports');
    const client = clientKey(c);
    if (failures.spent(client)) {
      const wait = failures.retryAfter(client);
      return apiError(c, 429, `too many wrong tokens from this client; try again in ${wait} s`, { 'Retry-After': String(wait) });
    }
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(\S.*)$/i.exec(header);
    if (!m) return apiError(c, 401, 'missing bearer token (send Authorization: Bearer <token>)', { 'WWW-Authenticate': 'Bearer' });
    if (!tokenMatches(m[1].trim(), token)) {
      failures.hit(client);
      return apiError(c, 401, 'wrong bearer token', { 'WWW-Authenticate': 'Bearer' });
    }
    await next();
  };
}

/** Reports a client may POST per minute. */
export const WRITES_PER_MINUTE = 60;

/** 429 once a client has used its budget for this window. */
export function limitRate(limiter: RateLimiter, what: string): MiddlewareHandler {
  return async (c, next) => {
    const client = clientKey(c);
    if (!limiter.hit(client)) {
      const wait = limiter.retryAfter(client);
      return apiError(c, 429, `too many ${what} from this client; try again in ${wait} s`, { 'Retry-After': String(wait) });
    }
    await next();
  };
}

/** Host names the server answers to by default: loopback only. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '::1'];

/** The host name of a Host header value, lower case, without port or IPv6 brackets. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (isIP(h) === 6) return h;
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  return h.replace(/:\d*$/, '').replace(/\.$/, '');
}

/**
 * Answers only requests whose Host is one of `allowed` (421 otherwise). A web page on another site can point its own
 * name at 127.0.0.1 (DNS rebinding) and read the API as "same origin"; its requests still carry its name as Host.
 */
export function checkHost(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map(hostName));
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!names.has(hostName(host))) {
      return apiError(c, 421, `this server does not answer to the host "${host.slice(0, 100)}" (start it with --allowed-host to add one)`);
    }
    await next();
  };
}

export const limitBody: MiddlewareHandler = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => apiError(c, 413, `request body is larger than ${MAX_BODY_BYTES} bytes (2 MB)`),
});
