import { describe, expect, test } from 'vitest';
import { t } from '#src/i18n/vi.ts';
import { modelLinks, personLinks } from '#src/lib/reading/entityLinks.ts';
import type { Entry } from '#src/lib/content/validateContent.ts';
import type { DistrictData, ModelData, PersonData } from '#src/schemas/index.ts';

const places = {
  districtById: new Map([
    ['cho-don', { id: 'cho-don', file: 'districts/cho-don.yaml', data: { name: 'Chợ Đồn' } }],
  ]) as unknown as Map<string, Entry<DistrictData>>,
};
const model = (id: string, data: Partial<ModelData>) =>
  ({ id, file: `models/${id}.yaml`, data: { invented: false, ...data } }) as Entry<ModelData>;
const person = (id: string, data: Partial<PersonData>) =>
  ({ id, file: `people/${id}.yaml`, data: { invented: false, ...data } }) as Entry<PersonData>;

describe('modelLinks', () => {
  const models = [
    model('quy-tiet-kiem', {
      name: 'Quỹ tiết kiệm',
      organization: 'Hội Phụ nữ xã',
      district: 'cho-don',
    }),
    model('tu-sach', { name: 'Tủ sách', organization: 'Đoàn thanh niên', invented: true }),
  ];

  test('links each model to its page, with its organisation', () => {
    expect(modelLinks(models)).toEqual([
      {
        href: '/mo-hinh/quy-tiet-kiem/',
        name: 'Quỹ tiết kiệm',
        detail: 'Hội Phụ nữ xã',
        invented: false,
      },
      { href: '/mo-hinh/tu-sach/', name: 'Tủ sách', detail: 'Đoàn thanh niên', invented: true },
    ]);
  });

  test('says where each model is when the list spans the province', () => {
    expect(modelLinks(models, places).map((link) => link.detail)).toEqual([
      'Hội Phụ nữ xã · Chợ Đồn',
      `Đoàn thanh niên · ${t.listing.provinceWide}`,
    ]);
  });
});

describe('personLinks', () => {
  const people = [
    person('lan', { name: 'Đặng Thị Lan', role: 'Chủ nhiệm', district: 'cho-don' }),
    person('hoa', { name: 'Ma Văn Hoà', role: 'Trưởng thôn' }),
  ];

  test('links each person to their page, with their role, and their district where known', () => {
    expect(personLinks(people).map((link) => [link.href, link.detail])).toEqual([
      ['/nhan-vat/lan/', 'Chủ nhiệm'],
      ['/nhan-vat/hoa/', 'Trưởng thôn'],
    ]);
    expect(personLinks(people, places).map((link) => link.detail)).toEqual([
      'Chủ nhiệm · Chợ Đồn',
      'Trưởng thôn',
    ]);
  });
});
