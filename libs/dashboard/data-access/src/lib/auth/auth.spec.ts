import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
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

describe('auth', () => {
  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        AuthApi,
      ],
    });
  });
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  const run = (guard: typeof authGuard, data: Record<string, string> = {}, url = '/alerts') =>
    TestBed.runInInjectionContext(() =>
      guard({ data } as unknown as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );

  it('logs in, keeps the token in sessionStorage, and the interceptor sends it', () => {
    TestBed.inject(AuthApi).login('li', 'pw').subscribe();
    const req = TestBed.inject(HttpTestingController).expectOne('/api/auth/login');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush(login('viewer'));
    expect(TestBed.inject(AuthService).isLoggedIn()).toBe(true);
    expect(sessionStorage.getItem('bs.session')).toContain('a.b.c');

    TestBed.inject(HttpClient).get('/api/overview').subscribe();
    const next = TestBed.inject(HttpTestingController).expectOne('/api/overview');
    expect(next.request.headers.get('Authorization')).toBe('Bearer a.b.c');
    next.flush({});
  });

  it('ends the session and goes to /login on a 401', () => {
    TestBed.inject(AuthService).signIn(login('auditor'));
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    TestBed.inject(HttpClient)
      .get('/api/alerts')
      .subscribe({ error: () => undefined });
    TestBed.inject(HttpTestingController)
      .expectOne('/api/alerts')
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(TestBed.inject(AuthService).isLoggedIn()).toBe(false);
    expect(sessionStorage.getItem('bs.session')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(
      ['/login'],
      expect.objectContaining({ queryParams: expect.objectContaining({ expired: 1 }) }),
    );
  });

  it('guards send anonymous users to /login with the wanted URL', () => {
    const result = run(authGuard) as UrlTree;
    expect(result.toString()).toBe('/login?returnUrl=%2Falerts');
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
