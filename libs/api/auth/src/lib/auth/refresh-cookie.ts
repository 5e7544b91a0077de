import type { Request, Response } from 'express';

/** The refresh token's cookie: httpOnly (no script reads it), SameSite=Strict, only sent to /api/auth. */
export const REFRESH_COOKIE = 'bs_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
/**
 * A readable hint without any secret ("a session cookie exists"): the dashboard asks for a refresh
 * on a new tab only when it is there, so a logged-out visit makes no failing request.
 */
export const SESSION_HINT_COOKIE = 'bs_session';

export function readRefreshCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === REFRESH_COOKIE) {
      const v = part.slice(i + 1).trim();
      return v ? decodeURIComponent(v) : null;
    }
  }
  return null;
}

export function setRefreshCookie(req: Request, res: Response, token: string, ttlSeconds: number): void {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: REFRESH_COOKIE_PATH,
    maxAge: ttlSeconds * 1000,
  });
  res.cookie(SESSION_HINT_COOKIE, '1', {
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: ttlSeconds * 1000,
  });
}

export function clearRefreshCookie(req: Request, res: Response): void {
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: REFRESH_COOKIE_PATH,
  });
}
