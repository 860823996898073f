import { describe, expect, test } from 'vitest';
import { appendTo, once } from '#src/lib/shared/collections.ts';

describe('appendTo', () => {
  test('makes the list for the first items of a key and adds the later ones in order', () => {
    const lists = new Map<string, number[]>();
    appendTo(lists, 'a', [1]);
    appendTo(lists, 'b', []);
    appendTo(lists, 'a', [2, 3]);
    expect([...lists]).toEqual([
      ['a', [1, 2, 3]],
      ['b', []],
    ]);
  });

  test('takes more items than a call can spread', () => {
    const lists = new Map<string, number[]>();
    appendTo(lists, 'page', new Array(300_000).fill(1));
    appendTo(lists, 'page', new Array(300_000).fill(2));
    expect(lists.get('page')!.length).toBe(600_000);
  });
});

describe('once', () => {
  test('makes the value on the first call and returns that same value after', () => {
    let calls = 0;
    const get = once(() => ({ call: ++calls }));
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });

  test('keeps an undefined value too, without making it again', () => {
    let calls = 0;
    const get = once(() => {
      calls++;
      return undefined;
    });
    get();
    get();
    expect(calls).toBe(1);
  });
});
