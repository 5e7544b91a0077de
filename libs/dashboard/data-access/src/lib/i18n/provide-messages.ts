import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { I18nService, Messages } from './i18n.service';

/** Route-level provider: registers an area's messages when its lazy route is first activated. */
export function provideMessages(messages: Messages): EnvironmentProviders {
  return provideEnvironmentInitializer(() => inject(I18nService).register(messages));
}
