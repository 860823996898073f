/** The data files of a synthetic content folder: site, districts, topics, authors, models, people. */
import { slugFromTitle, uniqueSlug } from '#src/lib/shared/slug.ts';
import type { Rng } from './prng.ts';
import { capitalize, headline, paragraph, personName, sentence } from './text.ts';
import { MODEL_ACTIVITIES, ORGANIZATIONS, ROLES, VILLAGES } from './words.ts';
import type { YamlValue } from './yaml.ts';

/** One YAML data file: its id (the file name) and its fields. */
export type Entity = { id: string; fields: Record<string, YamlValue> };

/** Every data file of the folder, by collection. */
export type Catalog = {
  districts: Entity[];
  topics: Entity[];
  authors: Entity[];
  models: Entity[];
  people: Entity[];
};

/** Bắc Kạn's district-level units before 2025, and their kind. */
const DISTRICTS = [
  ['Thành phố Bắc Kạn', 'city'],
  ['Ba Bể', 'district'],
  ['Bạch Thông', 'district'],
  ['Chợ Đồn', 'district'],
  ['Chợ Mới', 'district'],
  ['Na Rì', 'district'],
  ['Ngân Sơn', 'district'],
  ['Pác Nặm', 'district'],
] as const;

const TOPICS = [
  'Kinh tế',
  'Nông nghiệp',
  'Nông thôn mới',
  'Giáo dục',
  'Y tế',
  'Văn hóa',
  'Du lịch',
  'Môi trường',
  'An sinh xã hội',
  'Thanh niên',
  'Phụ nữ',
  'An ninh trật tự',
  'Xây dựng Đảng',
  'Học tập và làm theo Bác',
  'Dân tộc',
  'Khoa học công nghệ',
];

/** The site settings of the synthetic archive (content/site.yaml). */
export const SITE: Record<string, YamlValue> = {
  name: 'Kho lưu trữ thử tải (nội dung tổng hợp)',
  description: 'Nội dung tổng hợp, sinh ngẫu nhiên để đo hiệu năng của kho lưu trữ.',
  publisher: 'Báo Bắc Kạn',
  dateline: 'BBK',
  province: 'Bắc Kạn',
  url: 'https://bench.example.vn',
  timezone: 'Asia/Ho_Chi_Minh',
  pageSize: 12,
  sample: true,
};

/** Entities with ids made unique from their names. */
function named(
  names: string[],
  fields: (name: string, index: number) => Entity['fields'],
): Entity[] {
  const taken = new Set<string>();
  return names.map((name, index) => {
    const id = uniqueSlug(slugFromTitle(name, 50), taken);
    taken.add(id);
    return { id, fields: { name, ...fields(name, index) } };
  });
}

/** The districts, topics, authors, models and people for an archive of `articles` articles. */
export function generateCatalog(rng: Rng, articles: number): Catalog {
  const districts = named(
    DISTRICTS.map(([name]) => name),
    (_, index) => ({
      kind: DISTRICTS[index][1],
      province: 'Bắc Kạn',
      order: index + 1,
      summary: sentence(rng),
      history: 'Từ năm 2025, cấp huyện không còn; địa bàn nay thuộc tỉnh Thái Nguyên.',
    }),
  );
  const topics = named(TOPICS, () => ({ description: sentence(rng) }));
  const authors = named(
    Array.from({ length: 12 }, () => personName(rng)),
    () => ({
      role: 'Phóng viên',
      invented: true,
    }),
  );
  const many = Math.max(12, Math.round(articles / 40));
  const models = named(
    Array.from(
      { length: many },
      () => `${capitalize(rng.pick(MODEL_ACTIVITIES))} ${rng.pick(VILLAGES)}`,
    ),
    () => ({
      district: rng.pick(districts).id,
      organization: `${rng.pick(ORGANIZATIONS)} ${rng.pick(VILLAGES)}`,
      category: rng.pick(topics).id,
      started: rng.int(2005, 2022),
      summary: paragraph(rng, 2),
      invented: true,
    }),
  );
  const people = named(
    Array.from({ length: many }, () => personName(rng)),
    () => ({
      role: rng.pick(ROLES),
      district: rng.pick(districts).id,
      organization: `${rng.pick(ORGANIZATIONS)} ${rng.pick(VILLAGES)}`,
      achievements: [sentence(rng), sentence(rng)],
      quote: sentence(rng),
      invented: true,
    }),
  );
  return { districts, topics, authors, models, people };
}

/** A series file (content/series/<id>.yaml); its parts are the articles that name it. */
export function generateSeries(rng: Rng, taken: Set<string>): Entity {
  const title = headline(rng);
  const id = uniqueSlug(slugFromTitle(title, 50), taken);
  taken.add(id);
  return {
    id,
    fields: {
      title,
      description: sentence(rng),
      status: rng.chance(0.2) ? 'ongoing' : 'complete',
    },
  };
}
