/**
 * The links of the lists of models and people: on the home page, on their index pages and beside
 * a district's stories. Built here once, so that every list names an entry the same way.
 */
import { t } from '#src/i18n/vi.ts';
import type { ModelData, PersonData } from '#src/schemas/index.ts';
import type { Archive } from '../content/archive.ts';
import type { Entry } from '../content/validateContent.ts';
import { modelPath, personPath } from '../shared/paths.ts';

/** One line of a list: the entry's name, linked, what it is, and whether it is invented. */
export type EntityLink = { href: string; name: string; detail?: string; invented: boolean };

/** The districts, when a list spans the province and says where each entry is. */
type Places = Pick<Archive, 'districtById'>;

/** Models, each with its organisation, and its district when `places` is given. */
export function modelLinks(models: readonly Entry<ModelData>[], places?: Places): EntityLink[] {
  return models.map(({ id, data }) => ({
    href: modelPath(id),
    name: data.name,
    detail: places
      ? [
          data.organization,
          data.district
            ? places.districtById.get(data.district)?.data.name
            : t.listing.provinceWide,
        ].join(' · ')
      : data.organization,
    invented: data.invented,
  }));
}

/** People, each with their role, and their district when `places` is given and they have one. */
export function personLinks(people: readonly Entry<PersonData>[], places?: Places): EntityLink[] {
  return people.map(({ id, data }) => ({
    href: personPath(id),
    name: data.name,
    detail: places
      ? [data.role, data.district && places.districtById.get(data.district)?.data.name]
          .filter(Boolean)
          .join(' · ')
      : data.role,
    invented: data.invented,
  }));
}
