/**
 * The check before saving in the browser editor (/admin/): what would make the
 * saved file fail `npm run validate` and the form itself cannot refuse (a
 * translation without English, an end before the start, no sources on a real
 * entry, a real entry choosing an invented example), as messages for the
 * editor in Russian that name the field. Plain functions, tested without a browser.
 */
import { isObject, LANGS, type Data } from './form-data';
import { RU } from './labels-ru';

/** English names of fields, for messages: `visits` → "Visits", `nameRu` → "Name ru". */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function pathLabel(path: (string | number)[]): string {
  // The Russian half of the form's label ("Визиты / Visits" → "Визиты"), as the editor reads it.
  return path.map((p) => (typeof p === 'number' ? String(p + 1) : (RU[p]?.split(' / ')[0] ?? fieldLabel(p)))).join(' › ');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What would make the saved file fail `npm run validate` and that the form
 * itself cannot refuse, as messages for the editor (in Russian, naming the field
 * by its English label, as the form shows both). Empty when the data may be saved.
 */
export interface SaveRules {
  /** Names of groups holding only the Russian and Kazakh of a text whose English is elsewhere (a biography's). */
  translationsOnly: readonly string[];
  /** Collections whose entries need a source unless they are examples. */
  needSources: readonly string[];
  /** Where each collection's form chooses entries of another: the field's path (`*` for every item of a list) and the collection. */
  references?: Record<string, [path: string[], collection: string][]>;
  /** The invented example entries, by collection (id → name): a real entry may not refer to them. */
  examples?: Record<string, Record<string, string>>;
}

/** The values at a path of the form's data, with the path that leads to each (list items numbered). */
function valuesAt(v: unknown, path: string[], at: (string | number)[] = []): { value: string; at: (string | number)[] }[] {
  if (path.length === 0) {
    if (typeof v === 'string') return [{ value: v, at }];
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').map((value) => ({ value, at })) : [];
  }
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(v) ? v.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  return isObject(v) ? valuesAt(v[head!], rest, [...at, head!]) : [];
}

export function problems(collection: string, data: Data, rules: SaveRules): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    if (!isObject(v)) return;
    const keys = Object.keys(v);
    const named = path[path.length - 1];
    const needsEnglish = !(typeof named === 'string' && rules.translationsOnly.includes(named));
    if (needsEnglish && keys.length > 0 && keys.every((k) => LANGS.includes(k)) && v.en === undefined) {
      out.push(`«${pathLabel(path)}»: есть перевод, но нет текста на английском. Впишите английский текст или удалите перевод.`);
    }
    if (typeof v.start === 'string' && typeof v.end === 'string' && ISO_DATE.test(v.start) && ISO_DATE.test(v.end) && v.end < v.start) {
      out.push(`«${pathLabel([...path, 'end'])}»: дата окончания (${v.end}) раньше даты начала (${v.start}). Исправьте одну из дат.`);
    }
    for (const [k, child] of Object.entries(v)) walk(child, [...path, k]);
  };
  walk(data, []);
  if (data.example !== true)
    for (const [path, target] of rules.references?.[collection] ?? [])
      for (const { value, at } of valuesAt(data, path)) {
        const name = rules.examples?.[target]?.[value];
        if (name !== undefined)
          out.push(
            `«${pathLabel(at)}»: «${name}» — вымышленная запись-пример, поэтому ссылаться на неё из настоящей записи нельзя. Выберите другую${target === 'institutions' ? ' или добавьте новую' : ''}.`,
          );
      }
  if (rules.needSources.includes(collection) && data.example !== true && !(Array.isArray(data.sources) && data.sources.length > 0)) {
    out.push('«Источники / Sources»: добавьте хотя бы одну веб-страницу, где можно проверить эти сведения.');
  }
  return out;
}
