import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { AuthService, TPipe, ViewStateService } from '@bs/dashboard-data-access';
import { NAV_ITEMS } from './nav-items';
import { PrintHeader } from './print-header';
import { TopBar } from './top-bar';

/**
 * Layout: top bar (scope, language, user), role-aware navigation, the area outlet. On a narrow
 * screen the navigation is a menu behind a button (shell.css), closed again by picking an area.
 */
@Component({
  selector: 'bs-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TPipe, TopBar, PrintHeader],
  template: `
    <a class="skip" href="#main">{{ 'app.short' | t }}</a>
    <bs-top-bar />
    <button
      type="button"
      class="menu-toggle"
      data-testid="nav-toggle"
      aria-controls="main-nav"
      [attr.aria-expanded]="menuOpen()"
      (click)="menuOpen.set(!menuOpen())"
    >
      <span aria-hidden="true">☰</span> {{ 'nav.menu' | t }}
    </button>
    <div class="body">
      <nav id="main-nav" class="side" [class.open]="menuOpen()" [attr.aria-label]="'nav.main' | t">
        @for (item of items(); track item.area) {
          <a
            [routerLink]="['/', item.area]"
            [queryParams]="view.scopeQuery()"
            routerLinkActive="active"
            [attr.data-area]="item.area"
          >
            <span class="icon" aria-hidden="true">{{ item.icon }}</span>{{ item.label | t }}
          </a>
        }
      </nav>
      <main id="main" class="main"><bs-print-header /><router-outlet /></main>
    </div>
  `,
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);
  protected readonly view = inject(ViewStateService);
  protected readonly menuOpen = signal(false);

  constructor() {
    // Picking an area (or any navigation) closes the phone menu.
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.menuOpen.set(false));
  }
  protected readonly items = computed(() =>
    NAV_ITEMS.filter((i) => this.auth.role() && this.auth.canOpen(i.area)),
  );
}
