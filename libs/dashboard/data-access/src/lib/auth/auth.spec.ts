import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import type { LoginResponse } from '@bs/shared-model';
import { AuthApi } from './auth-api';
import { areaGuard, authGuard } from './auth.guard';
import { authInterceptor } from './auth.interceptor';
import { AuthService, isExpired } from './auth.service';

const login = (role: LoginResponse['user']['role']): LoginResponse => ({
  accessToken: 'a.b.c',
  refreshToken: 'r',
  expiresIn: 900,
  user: { id: 1, username: 'li', role },
});

const renewed: LoginResponse = {
  accessToken: 'new.access.token',
  refreshToken: 'r2',
  expiresIn: 900,
  user: { id: 1, username: 'li', role: 'auditor' },
};

const http = () => TestBed.inject(HttpTestingController);

describe('auth', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        AuthApi,
      ],
    });
  });
  afterEach(() => http().verify());

  const run = (guard: typeof authGuard, data: Record<string, string> = {}, url = '/alerts') =>
    TestBed.runInInjectionContext(() =>
      guard({ data } as unknown as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );

  it('logs in, keeps the token in memory only, and the interceptor sends it', () => {
    TestBed.inject(AuthApi).login('li', 'pw').subscribe();
    const req = TestBed.inject(HttpTestingController).expectOne('/api/auth/login');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush(login('viewer'));
    expect(TestBed.inject(AuthService).isLoggedIn()).toBe(true);
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);

    TestBed.inject(HttpClient).get('/api/overview').subscribe();
    const next = TestBed.inject(HttpTestingController).expectOne('/api/overview');
    expect(next.request.headers.get('Authorization')).toBe('Bearer a.b.c');
    next.flush({});
  });

  it('removes tokens an older version left in sessionStorage', () => {
    sessionStorage.setItem(
      'bs.session',
      JSON.stringify({ accessToken: 'a.b.c', user: login('auditor').user }),
    );
    expect(TestBed.inject(AuthService).isLoggedIn()).toBe(false);
    expect(sessionStorage.getItem('bs.session')).toBeNull();
  });

  describe('silent renewal', () => {
    let navigate: jest.SpyInstance;
    beforeEach(() => {
      TestBed.inject(AuthService).signIn(login('auditor'));
      navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    });

    const get = (url: string) => {
      const seen: { value?: unknown; error?: unknown } = {};
      TestBed.inject(HttpClient)
        .get(url)
        .subscribe({ next: (value) => (seen.value = value), error: (error) => (seen.error = error) });
      return seen;
    };
    const unauthorized = (req: TestRequest) => req.flush(null, { status: 401, statusText: 'Unauthorized' });
    const expectRefresh = () => {
      const req = http().expectOne('/api/auth/refresh');
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({}); // the refresh token is the httpOnly cookie
      expect(req.request.headers.has('Authorization')).toBe(false);
      return req;
    };
    const expectLoggedOut = () => {
      expect(TestBed.inject(AuthService).isLoggedIn()).toBe(false);
      expect(navigate).toHaveBeenCalledTimes(1);
      expect(navigate).toHaveBeenCalledWith(['/login'], {
        queryParams: { returnUrl: TestBed.inject(Router).url, expired: 1 },
      });
    };

    it('on a 401, refreshes once and retries the request with the new token', () => {
      const seen = get('/api/alerts');
      unauthorized(http().expectOne('/api/alerts'));
      expectRefresh().flush(renewed);

      const retry = http().expectOne('/api/alerts');
      expect(retry.request.headers.get('Authorization')).toBe('Bearer new.access.token');
      retry.flush({ ok: 1 });
      expect(seen).toEqual({ value: { ok: 1 } });

      const auth = TestBed.inject(AuthService);
      expect(auth.token()).toBe('new.access.token');
      expect(sessionStorage.length).toBe(0);
      expect(localStorage.length).toBe(0);
      expect(navigate).not.toHaveBeenCalled();

      // later requests carry the new token straight away
      get('/api/overview');
      expect(http().expectOne('/api/overview').request.headers.get('Authorization')).toBe(
        'Bearer new.access.token',
      );
    });

    it('shares one refresh among concurrent 401s', () => {
      const a = get('/api/alerts');
      const b = get('/api/overview');
      unauthorized(http().expectOne('/api/alerts'));
      unauthorized(http().expectOne('/api/overview'));
      expectRefresh().flush(renewed); // expectOne: exactly one refresh request
      for (const url of ['/api/alerts', '/api/overview']) {
        const retry = http().expectOne(url);
        expect(retry.request.headers.get('Authorization')).toBe('Bearer new.access.token');
        retry.flush({ url });
      }
      expect(a).toEqual({ value: { url: '/api/alerts' } });
      expect(b).toEqual({ value: { url: '/api/overview' } });
    });

    it('retries a late 401 (sent with the old token) with the already renewed token, without a refresh', () => {
      const a = get('/api/alerts');
      const b = get('/api/overview');
      unauthorized(http().expectOne('/api/alerts'));
      expectRefresh().flush(renewed);
      http().expectOne('/api/alerts').flush({});
      unauthorized(http().expectOne('/api/overview')); // sent before the renewal
      http().expectNone('/api/auth/refresh');
      const retry = http().expectOne('/api/overview');
      expect(retry.request.headers.get('Authorization')).toBe('Bearer new.access.token');
      retry.flush({});
      expect(a.error).toBeUndefined();
      expect(b.error).toBeUndefined();
    });

    it.each([
      ['401', (req: TestRequest) => unauthorized(req)],
      ['400', (req: TestRequest) => req.flush(null, { status: 400, statusText: 'Bad Request' })],
      ['a network error', (req: TestRequest) => req.error(new ProgressEvent('error'))],
    ])('when the refresh fails (%s), logs out and goes to /login once', (_label, fail) => {
      const a = get('/api/alerts');
      const b = get('/api/overview');
      unauthorized(http().expectOne('/api/alerts'));
      unauthorized(http().expectOne('/api/overview'));
      fail(expectRefresh());
      http().expectNone('/api/alerts');
      http().expectNone('/api/overview');
      // the callers see the original 401
      expect((a.error as HttpErrorResponse).status).toBe(401);
      expect((b.error as HttpErrorResponse).status).toBe(401);
      expectLoggedOut();
    });

    it('does not loop when the retried request gets a 401 again', () => {
      const seen = get('/api/alerts');
      unauthorized(http().expectOne('/api/alerts'));
      expectRefresh().flush(renewed);
      unauthorized(http().expectOne('/api/alerts'));
      http().expectNone('/api/auth/refresh');
      http().expectNone('/api/alerts');
      expect((seen.error as HttpErrorResponse).status).toBe(401);
      expectLoggedOut();
    });

    it('never renews on login or refresh calls, and sends them no token', () => {
      const client = TestBed.inject(HttpClient);
      const errors: unknown[] = [];
      client.post('/api/auth/login', {}).subscribe({ error: (e) => errors.push(e) });
      client.post('/api/auth/refresh', { refreshToken: 'r' }).subscribe({ error: (e) => errors.push(e) });
      const loginReq = http().expectOne('/api/auth/login');
      const refreshReq = http().expectOne('/api/auth/refresh');
      expect(loginReq.request.headers.has('Authorization')).toBe(false);
      expect(refreshReq.request.headers.has('Authorization')).toBe(false);
      unauthorized(loginReq);
      unauthorized(refreshReq);
      http().expectNone('/api/auth/refresh');
      expect(errors).toHaveLength(2);
      expect(TestBed.inject(AuthService).isLoggedIn()).toBe(true);
      expect(navigate).not.toHaveBeenCalled();
    });

    it('a failed login does not refresh', () => {
      TestBed.inject(AuthApi)
        .login('li', 'bad')
        .subscribe({ error: () => undefined });
      unauthorized(http().expectOne('/api/auth/login'));
      http().expectNone('/api/auth/refresh');
      expect(navigate).not.toHaveBeenCalled();
    });

    it('renews before sending once the access token is about to expire', () => {
      TestBed.inject(AuthService).signIn({ ...login('auditor'), expiresIn: 0 });
      expect(TestBed.inject(AuthService).renewDue()).toBe(true);
      get('/api/alerts');
      http().expectNone('/api/alerts');
      expectRefresh().flush(renewed);
      expect(TestBed.inject(AuthService).renewDue()).toBe(false);
      const req = http().expectOne('/api/alerts');
      expect(req.request.headers.get('Authorization')).toBe('Bearer new.access.token');
      req.flush({});
    });
  });

  describe('restore and logout (fetch, cookie)', () => {
    let fetchMock: jest.Mock;
    beforeEach(() => {
      fetchMock = jest.fn();
      (globalThis as { fetch: unknown }).fetch = fetchMock;
    });

    afterEach(() => {
      document.cookie = 'bs_session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    });

    it('makes no request without the session hint cookie (a logged-out visit)', async () => {
      const result = (await run(authGuard)) as UrlTree;
      expect(result.toString()).toBe('/login?returnUrl=%2Falerts');
      expect(fetchMock).not.toHaveBeenCalled();
    });

    it('a new tab restores the session from the refresh cookie before the guard decides', async () => {
      document.cookie = 'bs_session=1; path=/';
      fetchMock.mockResolvedValue({ ok: true, json: async () => login('viewer') });
      await expect(run(authGuard)).resolves.toBe(true);
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/auth/refresh',
        expect.objectContaining({ method: 'POST', credentials: 'same-origin' }),
      );
      expect(TestBed.inject(AuthService).token()).toBe('a.b.c');
    });

    it('logout asks the server to end the session, with the bearer token and the cookie', async () => {
      fetchMock.mockResolvedValue({ ok: true });
      const auth = TestBed.inject(AuthService);
      auth.signIn(login('viewer'));
      await auth.logout();
      expect(auth.isLoggedIn()).toBe(false);
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/auth/logout',
        expect.objectContaining({
          method: 'POST',
          credentials: 'same-origin',
          headers: expect.objectContaining({ authorization: 'Bearer a.b.c' }),
        }),
      );
    });

    it('guards send users to /login with the wanted URL when the cookie session is gone', async () => {
      document.cookie = 'bs_session=1; path=/';
      fetchMock.mockResolvedValue({ ok: false });
      const result = (await run(authGuard)) as UrlTree;
      expect(result.toString()).toBe('/login?returnUrl=%2Falerts');
    });
  });

  it('lets importers into imports only', () => {
    TestBed.inject(AuthService).signIn(login('importer'));
    expect(run(authGuard)).toBe(true);
    expect(run(areaGuard, { area: 'imports' })).toBe(true);
    expect((run(areaGuard, { area: 'alerts' }) as UrlTree).toString()).toBe('/imports');
    TestBed.inject(AuthService).signIn(login('viewer'));
    expect(run(areaGuard, { area: 'alerts' })).toBe(true);
    expect((run(areaGuard, { area: 'imports' }) as UrlTree).toString()).toBe('/overview');
  });

  it('treats a JWT past its exp as expired', () => {
    const payload = btoa(JSON.stringify({ exp: 1000 }));
    expect(isExpired(`h.${payload}.s`, 2_000_000)).toBe(true);
    expect(isExpired(`h.${payload}.s`, 500_000)).toBe(false);
  });
});
