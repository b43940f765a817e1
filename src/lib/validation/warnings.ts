/**
 * What valid content still lacks: each warning names the file and the field to
 * fill, but the site builds and `npm run validate` exits 0. One function per
 * warning, each over the content model, like the rules in rules/. Notices say
 * what the site will leave out on purpose (drafts), so it is never a surprise.
 */
import { COLLECTIONS, type CollectionName } from '~/schemas/index';
import { entriesOf, problem, type ContentModel } from './model';
import type { Problem } from './read';
import { checkOrphanInstitutions } from './rules/orphan-institutions';

/** The office's e-mail address is the contact a visiting professor most needs; until it is set the site says so. */
export function checkContactEmail(model: ContentModel): Problem[] {
  const site = model.site;
  if (!site || site.data.contact.email) return [];
  const line = site.lineOf?.(['contact']);
  return [
    {
      file: site.file,
      field: 'contact.email',
      message:
        "not set, so the site says the international office's details are being confirmed: add the office's e-mail address once it is confirmed for publication",
      ...(line ? { line } : {}),
    },
  ];
}

export const WARNING_RULES = [checkContactEmail] as const;

export function checkWarnings(model: ContentModel): Problem[] {
  return WARNING_RULES.flatMap((rule) => rule(model));
}

/** A draft is left off the site without a word: each one is named, so it is not forgotten. */
export function checkDrafts(model: ContentModel): Problem[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((c) =>
    entriesOf(model, c)
      .filter((e) => e.data.draft === true)
      .map((e) => problem(e, ['draft'], 'not published: this entry is a draft (remove "draft: true" to publish it)')),
  );
}

export const NOTICE_RULES = [checkDrafts, checkOrphanInstitutions] as const;

export function checkNotices(model: ContentModel): Problem[] {
  return NOTICE_RULES.flatMap((rule) => rule(model));
}
