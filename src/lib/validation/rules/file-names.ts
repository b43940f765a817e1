/** Rule: file names are lower-case kebab-case; country files are ISO codes; pages sit in a language folder. */
import { KEBAB_CASE, LOCALES } from '~/schemas/common';
import { COUNTRY_CODES } from '~/schemas/country';
import type { ContentModel } from '../model';
import type { Problem } from '../read';

/** File names are lower-case kebab-case; country files are ISO 3166-1 codes; pages sit in a language folder. */
export function checkFileNames(model: ContentModel): Problem[] {
  const out: Problem[] = [];
  for (const f of model.files) {
    if (f.collection === 'fields') {
      continue; // ids inside fields.yaml are checked by the field schema
    }
    if (f.collection === 'pages') {
      const [locale, name] = f.id.split('/');
      if (!name || !(LOCALES as readonly string[]).includes(locale!)) {
        out.push({
          file: f.file,
          field: '-',
          message: `is not in a language folder: move it to content/pages/en/, content/pages/ru/ or content/pages/kk/`,
        });
        continue;
      }
    }
    if (!KEBAB_CASE.test(f.name)) {
      const suggestion = f.name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      out.push({
        file: f.file,
        field: '-',
        message: `file name "${f.name}" must be lower-case words joined by hyphens: rename it to "${suggestion || 'a-name'}"`,
      });
      continue;
    }
    if (f.collection === 'countries' && !COUNTRY_CODES.has(f.name)) {
      out.push({
        file: f.file,
        field: '-',
        message: `"${f.name}" is not an ISO 3166-1 country code: name the file with the two-letter code, e.g. pl.yaml for Poland`,
      });
    }
  }
  return out;
}
