/** The archive's main sections, in the order the navigation shows them. */
import { t } from '#src/i18n/vi.ts';
import {
  archiveIndexPath,
  districtIndexPath,
  modelIndexPath,
  personIndexPath,
  seriesIndexPath,
  topicIndexPath,
} from '../shared/paths.ts';

/** Link and label of every section: series, districts, models, people, topics, years. */
export function mainSections(): { href: string; label: string }[] {
  return [
    { href: seriesIndexPath(), label: t.nav.series },
    { href: districtIndexPath(), label: t.nav.districts },
    { href: modelIndexPath(), label: t.nav.models },
    { href: personIndexPath(), label: t.nav.people },
    { href: topicIndexPath(), label: t.nav.topics },
    { href: archiveIndexPath(), label: t.nav.archive },
  ];
}
