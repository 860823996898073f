import { describe, expect, test } from 'vitest';
import {
  componentData,
  componentPattern,
  componentSource,
  editorComponents,
} from '#src/lib/cms/editorComponents.ts';
import { MDX_COMPONENTS } from '#src/lib/body/components.ts';
import { componentUses } from '#src/lib/body/components.ts';

describe('the editor buttons for body components', () => {
  test('offer every registered component, with a Vietnamese label', () => {
    const components = editorComponents();
    expect(components.map((c) => c.id)).toEqual(Object.keys(MDX_COMPONENTS));
    for (const component of components) expect(component.label).not.toBe(component.id);
  });

  test('insert MDX a journalist would write, which the checker reads with the same props', () => {
    const source = componentSource('PullQuote', MDX_COMPONENTS.PullQuote, {
      author: 'Bà Hà Thị Liên',
      role: '',
      body: 'Đất còn thì người còn.',
    });
    expect(source).toBe(
      '<PullQuote author="Bà Hà Thị Liên">\nĐất còn thì người còn.\n</PullQuote>',
    );
    expect(componentUses(source, 1)).toEqual([
      { name: 'PullQuote', line: 1, props: { author: 'Bà Hà Thị Liên' } },
    ]);
    expect(componentSource('ModelCard', MDX_COMPONENTS.ModelCard, { id: 'bep-an-ban-tru' })).toBe(
      '<ModelCard id="bep-an-ban-tru" />',
    );
  });

  test('read back what they inserted, quote marks included', () => {
    for (const [name, spec] of Object.entries(MDX_COMPONENTS)) {
      const data: Record<string, string> = {};
      for (const prop of [...spec.required, ...spec.optional])
        data[prop] = `giá trị "${prop}" & thêm`;
      if (spec.wraps) data.body = '- một\n- hai';
      const source = componentSource(name, spec, data);
      const match = `Trước.\n\n${source}\n\nSau.`.match(componentPattern(name, spec))!;
      expect(componentData(spec, match), name).toEqual(data);
    }
  });

  test('pick a card id from the models or the people', () => {
    const person = editorComponents().find((c) => c.id === 'PersonCard')!;
    expect(person.fields).toEqual([
      expect.objectContaining({
        name: 'id',
        widget: 'relation',
        collection: 'people',
        required: true,
      }),
    ]);
  });
});
