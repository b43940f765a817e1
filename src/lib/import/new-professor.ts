/**
 * A person the site does not have yet, from their rows of an import: a new
 * professor when the rows carry everything the site requires of one (else each
 * missing value is a problem on those rows), with their new home institution
 * and country when those are new too. Part of planImport (plan.ts).
 */
import { slugify } from '~/lib/editing/scaffold';
import type { ColumnKey } from './columns';
import type { Person, PlanContext } from './plan';
import type { RowData } from './rows';
import { countryNames, nameForms } from './values';

export function addProfessor(group: RowData[], person: Person, ctx: PlanContext): void {
  const { who, country, institutionRef, institutionId, visits: distinct, value } = person;
  // A new professor: everything the site requires must be in the rows.
  for (const n of [value.name, value.nameRu, value.nameKk]) {
    const namesake = n && ctx.index.byName.get(nameForms(n)[1]!)?.[0];
    if (namesake) {
      ctx.plan.notices.push(
        `${ctx.rowsText(group)}: ${n} has the name of ${namesake.display}, whose home institution is another; imported as a new professor. If it is the same person, write "${namesake.id}" in a column "id"`,
      );
      break;
    }
  }
  const missing: [ColumnKey, string][] = [];
  if (!value.name) missing.push(['name', `${who}: a new professor needs the name in Latin letters`]);
  if (!value.position) missing.push(['position', `${who}: a new professor needs the position at the home institution (in English)`]);
  if (!country) missing.push(['country', `${who}: a new professor needs the country of the home institution`]);
  if (!institutionRef) missing.push(['institution', `${who}: a new professor needs the home institution`]);
  if (!value.fields?.length)
    missing.push(['fields', `${who}: a new professor needs at least one field (ids or names from content/fields.yaml)`]);
  if (!value.summary)
    missing.push(['summary', `${who}: a new professor needs a one- or two-sentence summary in English, shown on the cards`]);
  const example = group.some((d) => d.example);
  if (!value.sources?.length && !example)
    missing.push(['sources', `${who}: a new professor needs a public web page where the facts can be checked`]);
  if (!distinct.length)
    missing.push(['start', `${who}: a new professor needs at least one visit (programme, first day, last day, forms of cooperation)`]);

  let institution = institutionId;
  if (institutionRef && !('id' in institutionRef)) {
    const known = ctx.newInstitutions.get(institutionRef.key);
    const id = known?.id ?? slugify(institutionRef.name.en!);
    if (known) known.rows.push(...ctx.rowsOf(group));
    else if (ctx.index.institutions.has(id)) institution = id;
    else {
      if (!institutionRef.city.en)
        missing.push(['city', `${who}: the home institution "${institutionRef.name.en}" is new: write its city (in English)`]);
      if (!institutionRef.website && !example)
        missing.push([
          'website',
          `${who}: the home institution "${institutionRef.name.en}" is new: write its official website, where its name can be checked`,
        ]);
      if (country && !missing.length)
        ctx.newInstitutions.set(institutionRef.key, {
          id,
          name: institutionRef.name,
          country,
          city: institutionRef.city,
          ...(institutionRef.website ? { website: institutionRef.website } : {}),
          sources: institutionRef.website ? [institutionRef.website] : [],
          example,
          rows: ctx.rowsOf(group),
        });
    }
    institution = id;
  }
  if (missing.length) {
    for (const [key, fix] of missing) ctx.fail(group, key, fix);
    return;
  }
  if (!ctx.index.countries.has(country!) && !ctx.newCountries.has(country!)) {
    const name = countryNames(country!);
    if (name) ctx.newCountries.set(country!, name);
  }
  let id = group.find((d) => d.id)?.id ?? slugify(value.name!);
  for (let n = 2; ctx.ids.has(id); n++) id = `${slugify(value.name!)}-${n}`;
  ctx.ids.add(id);
  ctx.plan.newProfessors.push({
    id,
    rows: ctx.rowsOf(group),
    data: {
      name: value.name!,
      ...(value.nameRu ? { nameRu: value.nameRu } : {}),
      ...(value.nameKk ? { nameKk: value.nameKk } : {}),
      ...(value.degree ? { degree: value.degree } : {}),
      position: value.position!,
      country: country!,
      institution: institution!,
      fields: value.fields!,
      links: value.orcid ? { orcid: value.orcid } : {},
      visits: distinct.map((v) => v.visit),
      summary: value.summary!,
      sources: value.sources ?? [],
      example,
    },
  });
}
