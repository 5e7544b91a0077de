import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { AuthService } from './auth.service';

/** Signed in (or restored from the refresh cookie), else to /login with the wanted URL kept for after the login. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  if (auth.isLoggedIn()) return true;
  const router = inject(Router);
  // A reload or a new tab: the refresh cookie may bring the session back.
  return auth
    .restore()
    .then((ok) => ok || router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } }));
};

/** The route's area (route data `area`) must be open to the user's role; else to the role's home page. */
export const areaGuard: CanActivateFn = (route) => {
  const auth = inject(AuthService);
  const area = route.data['area'] as string | undefined;
  if (!area || auth.canOpen(area)) return true;
  return inject(Router).parseUrl(auth.homePath());
};
