/**
 * A home institution added from the professor form (/admin/), in plain
 * functions so they can be tested without a browser: the boxes the form shows,
 * the checks that stop a file `npm run validate` would refuse, and the file
 * itself, content/institutions/<id>.yaml, written in the site's format.
 * The form and its saving live in institution-widget.ts.
 */
import { slugify } from '~/shared/normalize';
import { writeFile, type Data } from './form-data';

/** What the editor types for a new institution. */
export interface InstitutionDetails {
  nameEn: string;
  nameRu: string;
  nameKk: string;
  country: string;
  cityEn: string;
  cityRu: string;
  website: string;
  source: string;
}

export type DetailKey = keyof InstitutionDetails;

/** The boxes of the small form, in order: Russian first, as the rest of the form. */
/** One box of the small form. */
export interface DetailBox {
  key: DetailKey;
  label: string;
  required: boolean;
  hint?: string;
}

export const DETAIL_BOXES: readonly DetailBox[] = [
  {
    key: 'nameEn',
    label: 'Название по-английски / Name in English',
    required: true,
    hint: 'Официальное название, например «University of Plovdiv».',
  },
  { key: 'nameRu', label: 'Название по-русски / Name in Russian', required: false },
  { key: 'nameKk', label: 'Название по-казахски / Name in Kazakh', required: false },
  { key: 'country', label: 'Страна / Country', required: true },
  { key: 'cityEn', label: 'Город по-английски / City in English', required: true },
  { key: 'cityRu', label: 'Город по-русски / City in Russian', required: false },
  { key: 'website', label: 'Сайт / Website', required: false, hint: 'Адрес сайта организации, начинается с https://.' },
  {
    key: 'source',
    label: 'Источник / Source',
    required: true,
    hint: 'Ссылка на страницу, где указаны название и город организации, например на страницу «О нас» на её сайте.',
  },
];

export const EMPTY_DETAILS: InstitutionDetails = {
  nameEn: '',
  nameRu: '',
  nameKk: '',
  country: '',
  cityEn: '',
  cityRu: '',
  website: '',
  source: '',
};

const WEB = /^https?:\/\/[^\s/]+\.[^\s]+$/;
const CYRILLIC = /[\u0400-\u04ff]/;

/** The order of an institution file's keys, as in its schema. */
export const INSTITUTION_ORDER = ['name', 'shortName', 'country', 'city', 'website', 'ror', 'example', 'sources', 'draft'];

/** The id (file name) of the institution, from its English name: "University of Plovdiv" → `university-of-plovdiv`. */
export function institutionId(details: Pick<InstitutionDetails, 'nameEn'>): string {
  return slugify(details.nameEn);
}

/** The file's data, with nothing empty in it. */
export function institutionData(d: InstitutionDetails): Data {
  const t = (s: string) => s.trim();
  return {
    name: { en: t(d.nameEn), ru: t(d.nameRu), kk: t(d.nameKk) },
    country: t(d.country),
    city: { en: t(d.cityEn), ru: t(d.cityRu) },
    website: t(d.website),
    sources: t(d.source) ? [t(d.source)] : [],
  };
}

/** What stops the new institution from being added, as messages naming the box (empty when it may be added). */
export function detailProblems(d: InstitutionDetails, existing: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  const label = (key: DetailKey) => `«${DETAIL_BOXES.find((b) => b.key === key)!.label.split(' / ')[0]}»`;
  for (const box of DETAIL_BOXES) if (box.required && !d[box.key].trim()) out.push(`Заполните поле ${label(box.key)}.`);
  for (const key of ['nameEn', 'cityEn'] as const)
    if (CYRILLIC.test(d[key])) out.push(`${label(key)}: напишите по-английски, латиницей; русский вариант — в соседнем поле.`);
  if (d.nameEn.trim() && !CYRILLIC.test(d.nameEn) && !institutionId(d))
    out.push(`${label('nameEn')}: напишите название латинскими буквами.`);
  for (const key of ['website', 'source'] as const)
    if (d[key].trim() && !WEB.test(d[key].trim()))
      out.push(`${label(key)}: нужен полный адрес, начинающийся с https:// (например, https://www.uni-plovdiv.bg/).`);
  const id = institutionId(d);
  if (id && existing.has(id))
    out.push(
      `${label('nameEn')}: организация с таким названием уже есть на сайте. Нажмите «Отмена» и выберите её из списка; если её там нет, отметьте «Показать организации всех стран».`,
    );
  return out;
}

/** The new file: its path in the repository and its text. */
export function institutionFile(d: InstitutionDetails, folder: string): { path: string; id: string; text: string } {
  const id = institutionId(d);
  return { id, path: `${folder}/${id}.yaml`, text: writeFile(institutionData(d), INSTITUTION_ORDER, false) };
}

/** The details back from a file written by institutionFile (when the form is opened again). */
export function detailsOf(data: Data): InstitutionDetails {
  const o = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const s = (v: unknown) => (typeof v === 'string' ? v : '');
  const sources = Array.isArray(data.sources) ? data.sources : [];
  return {
    nameEn: s(o(data.name).en),
    nameRu: s(o(data.name).ru),
    nameKk: s(o(data.name).kk),
    country: s(data.country),
    cityEn: s(o(data.city).en),
    cityRu: s(o(data.city).ru),
    website: s(data.website),
    source: s(sources[0]),
  };
}
