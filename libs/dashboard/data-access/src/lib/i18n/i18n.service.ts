import { Injectable, computed, signal } from '@angular/core';
import { COMMON_MESSAGES } from './messages';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Key → [Chinese, English]. Chinese is the source language. */
export type Messages = Readonly<Record<string, readonly [string, string]>>;

const STORAGE_KEY = 'bs.lang';

/**
 * Runtime language switch: one build serves both languages, so a committee
 * member can flip to English without a reload. Feature areas register their
 * own messages when their lazy route loads (keeps the initial bundle small).
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly messages = signal<Messages>(COMMON_MESSAGES);
  readonly lang = signal<Lang>(readStoredLang());
  readonly isZh = computed(() => this.lang() === 'zh-CN');
  /** Locale for Intl formatters. */
  readonly locale = computed(() => (this.isZh() ? 'zh-CN' : 'en-US'));

  constructor() {
    if (typeof document !== 'undefined') document.documentElement.lang = this.lang();
  }

  setLang(lang: Lang): void {
    this.lang.set(lang);
    try {
      sessionStorage.setItem(STORAGE_KEY, lang);
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // storage may be disabled; the switch still works for this page
    }
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  register(extra: Messages): void {
    this.messages.update((m) => ({ ...m, ...extra }));
  }

  /** Translate a key; `{name}` placeholders are filled from params. Unknown keys show as themselves. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string {
    const pair = this.messages()[key];
    let text = pair ? pair[this.isZh() ? 0 : 1] : key;
    if (params) {
      for (const [name, value] of Object.entries(params)) text = text.split(`{${name}}`).join(String(value));
    }
    return text;
  }

  /** Pick the text of a `{zh, en}` pair or a `*Zh`/`*En` field pair coming from the API. */
  pick(zh: string, en: string): string {
    return this.isZh() ? zh : en || zh;
  }
}

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh-CN') return stored;
  } catch {
    // no storage: fall through to the default
  }
  return 'zh-CN';
}
