import { t } from '#src/i18n/vi.ts';
import type { DistrictData } from '#src/schemas/index.ts';

/** Text compared without regard to case or Unicode composition ("Thành" typed either way). */
const comparable = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi').trim();

/** Whether `name` already begins with a kind of unit, as in "Thành phố Bắc Kạn" or "Thị xã ...". */
export function namesItsKind(name: string): boolean {
  const folded = comparable(name);
  return Object.values(t.kinds).some((label) => {
    const kind = comparable(label);
    // A whole word only: "Huyện" names a kind, a place called "Huyệnabc" would not.
    return folded === kind || folded.startsWith(`${kind} `);
  });
}

/**
 * How a unit is named on its own: "Huyện Bạch Thông", and "Thành phố Bắc Kạn" for a city
 * whose name already says it is one (not "Thành phố Thành phố Bắc Kạn").
 */
export function districtLabel({ kind, name }: Pick<DistrictData, 'kind' | 'name'>): string {
  return namesItsKind(name) ? name.trim() : t.titles.district(t.kinds[kind], name);
}
