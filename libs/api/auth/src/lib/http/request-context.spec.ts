import type { Response } from 'express';
import { ContextRequest, ensureRequestId, isAcceptedRequestId } from './request-context';

describe('request ids', () => {
  it('accepts at most 64 characters of [A-Za-z0-9._-]', () => {
    expect(isAcceptedRequestId('a'.repeat(64))).toBe(true);
    expect(isAcceptedRequestId('Az09._-')).toBe(true);
    expect(isAcceptedRequestId('x')).toBe(true);
    expect(isAcceptedRequestId('')).toBe(false);
    expect(isAcceptedRequestId('a'.repeat(65))).toBe(false);
    expect(isAcceptedRequestId('id/with/slash')).toBe(false);
    expect(isAcceptedRequestId('a:b')).toBe(false);
    expect(isAcceptedRequestId('line\nbreak')).toBe(false);
    expect(isAcceptedRequestId(['a', 'b'])).toBe(false);
  });

  it('keeps a valid incoming id, replaces an invalid one, echoes it and decides once', () => {
    const echoed: Record<string, string> = {};
    const res = { headersSent: false, setHeader: (k: string, v: string) => (echoed[k] = v) };
    const kept = { headers: { 'x-request-id': 'abc-1' } } as unknown as ContextRequest;
    expect(ensureRequestId(kept, res as unknown as Response)).toBe('abc-1');
    expect(echoed['x-request-id']).toBe('abc-1');

    const bad = { headers: { 'x-request-id': 'no spaces allowed' } } as unknown as ContextRequest;
    const id = ensureRequestId(bad, res as unknown as Response);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ensureRequestId(bad, res as unknown as Response)).toBe(id);
    expect(echoed['x-request-id']).toBe(id);
  });
});
