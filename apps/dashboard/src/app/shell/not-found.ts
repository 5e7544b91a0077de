import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TPipe } from '@bs/dashboard-data-access';

@Component({
  selector: 'bs-not-found',
  imports: [RouterLink, TPipe],
  template: `<h1>{{ 'common.notFound' | t }}</h1>
    <a routerLink="/">{{ 'common.goHome' | t }}</a>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
