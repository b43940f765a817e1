/**
 * The rules that span more than one file, which a schema cannot see: one rule
 * per file in this folder, each a pure function over the content model (the
 * photo rule also reads the photo files a professor file names).
 */
import type { ContentModel } from '../model';
import type { Problem } from '../read';
import { checkDuplicateIds } from './duplicate-ids';
import { checkFileNames } from './file-names';
import { checkMarkdown } from './markdown';
import { checkPhotos } from './photos';
import { checkPlaceholders } from './placeholders';
import { checkReferences } from './references';
import { checkSources } from './sources';
import { checkTranslations } from './translations';
import { checkVisitOverlaps } from './visit-overlaps';

/** Every rule, in the order an editor would fix them. */
export const INTEGRITY_RULES = [
  checkPhotos,
  checkFileNames,
  checkDuplicateIds,
  checkReferences,
  checkVisitOverlaps,
  checkSources,
  checkPlaceholders,
  checkTranslations,
  checkMarkdown,
] as const;

export function checkIntegrity(model: ContentModel): Problem[] {
  return INTEGRITY_RULES.flatMap((rule) => rule(model));
}
