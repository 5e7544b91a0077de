import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { COMMON_MESSAGES } from './messages';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('starts in Chinese and switches to English at runtime', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('zh-CN');
    expect(i18n.t('nav.overview')).toBe('总览');
    i18n.setLang('en');
    expect(i18n.t('nav.overview')).toBe('Overview');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('bs.lang')).toBe('en');
  });

  it('fills placeholders and falls back to the key', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('common.total', { total: 12 })).toBe('共 12 条');
    expect(i18n.t('no.such.key')).toBe('no.such.key');
  });

  it('takes messages registered by a lazy area', () => {
    const i18n = TestBed.inject(I18nService);
    i18n.register({ 'x.hello': ['你好', 'Hello'] });
    i18n.setLang('en');
    expect(i18n.t('x.hello')).toBe('Hello');
  });

  it('has a non-empty text in both languages for every shared key', () => {
    for (const [key, [zh, en]] of Object.entries(COMMON_MESSAGES)) {
      expect(`${key}:${zh.trim().length > 0}:${en.trim().length > 0}`).toBe(`${key}:true:true`);
    }
  });
});
