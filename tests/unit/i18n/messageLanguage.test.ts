import { describe, expect, test } from 'vitest';
import { commandMessages, messageLanguage } from '#src/i18n/messageLanguage.ts';
import { toolMessages as en } from '#src/i18n/en.ts';
import { toolMessages as vi } from '#src/i18n/vi.ts';

describe('messageLanguage', () => {
  test.each([
    [{}, 'vi'],
    [{ LANG: 'C.UTF-8' }, 'vi'],
    [{ LANG: 'POSIX' }, 'vi'],
    [{ LANG: 'C' }, 'vi'],
    [{ LANG: 'vi_VN.UTF-8' }, 'vi'],
    [{ LANG: '' }, 'vi'],
    [{ LANG: 'en' }, 'en'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_GB' }, 'en'],
    [{ LANG: 'eo' }, 'vi'],
  ])('speaks Vietnamese unless the locale is English: %j', (env, language) => {
    expect(messageLanguage([], env)).toBe(language);
  });

  test('takes LC_ALL over LC_MESSAGES over LANG, as POSIX does; empty ones count as unset', () => {
    expect(messageLanguage([], { LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(messageLanguage([], { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'vi_VN' })).toBe('en');
    expect(messageLanguage([], { LC_MESSAGES: 'en_US.UTF-8', LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLanguage([], { LC_MESSAGES: 'C.UTF-8', LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(messageLanguage([], { LC_ALL: '', LANG: 'en_US.UTF-8' })).toBe('en');
  });

  test('obeys --lang en and --lang=en over the locale, and --lang vi too', () => {
    expect(messageLanguage(['--lang', 'en'], { LANG: 'C.UTF-8' })).toBe('en');
    expect(messageLanguage(['--title', 'x', '--lang=en'], {})).toBe('en');
    expect(messageLanguage(['--lang', 'vi'], { LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(messageLanguage(['--fix'], { LANG: 'en_US.UTF-8' })).toBe('en');
  });
});

describe('commandMessages', () => {
  test('gives the messages of the chosen language', () => {
    expect(commandMessages([], { LANG: 'C.UTF-8' })).toBe(vi);
    expect(commandMessages(['--lang', 'en'], {})).toBe(en);
    expect(vi.content.unknown(vi.collections.series, 'hoc-va-lam-theo-bak')).toBe(
      'không có chuyên đề "hoc-va-lam-theo-bak"',
    );
  });
});
