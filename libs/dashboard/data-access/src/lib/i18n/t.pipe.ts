import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from './i18n.service';

/**
 * `{{ 'nav.overview' | t }}`. Impure so that the language signal read inside
 * is tracked on every change detection of the view (lookup is a map access).
 */
@Pipe({ name: 't', pure: false })
export class TPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string | null | undefined, params?: Readonly<Record<string, string | number>>): string {
    return key ? this.i18n.t(key, params) : '';
  }
}
