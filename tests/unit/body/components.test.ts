import { describe, expect, test } from 'vitest';
import { componentUses } from '#src/lib/body/components.ts';

describe('componentUses', () => {
  test('reads each capitalised tag with its line and literal props', () => {
    const body =
      'Chữ <b>thường</b>.\n\n<Figure caption="Ảnh &amp; chú thích" credit=\'A\'>\n<ModelCard id={"x"} />';
    expect(componentUses(body, 10)).toEqual([
      { name: 'Figure', line: 12, props: { caption: 'Ảnh &amp; chú thích', credit: 'A' } },
      { name: 'ModelCard', line: 13, props: { id: 'x' } },
    ]);
  });
});
