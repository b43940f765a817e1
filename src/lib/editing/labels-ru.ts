/**
 * The browser editor's words for the office, which reads Russian: labels Russian
 * first, then the English name that `npm run validate` and the files use; hints
 * in Russian; names of list items for the "Add …" buttons. decap.ts puts them
 * on the form generated from the schemas.
 */
import type { CollectionName } from '~/schemas/index';

/**
 * Labels, Russian first (the office reads Russian; the interface is Russian), then
 * the English name that `npm run validate` and the files use for the same field.
 */
export const RU: Record<string, string> = {
  name: 'Имя / Name',
  nameRu: 'Имя по-русски / Name in Russian',
  nameKk: 'Имя по-казахски / Name in Kazakh',
  degree: 'Учёная степень / Degree',
  position: 'Должность / Position',
  en: 'Английский / English',
  ru: 'Русский / Russian',
  kk: 'Казахский / Kazakh',
  photo: 'Фотография / Photo',
  src: 'Файл фотографии / Image file',
  alt: 'Описание фотографии / Alt text',
  credit: 'Автор или источник фото / Credit',
  country: 'Страна / Country',
  institution: 'Организация / Institution',
  fields: 'Области науки / Fields',
  teachingLanguages: 'Языки преподавания / Teaching languages',
  links: 'Научные профили / Links',
  orcid: 'ORCID iD',
  scopus: 'Scopus Author ID',
  scholar: 'Google Scholar',
  website: 'Сайт / Website',
  visits: 'Визиты / Visits',
  programme: 'Программа / Programme',
  start: 'Дата начала / Start',
  end: 'Дата окончания / End',
  host: 'Принимающая организация / Host',
  unit: 'Подразделение / Unit',
  formats: 'Формы сотрудничества / Formats',
  activities: 'Мероприятия / Activities',
  type: 'Вид / Type',
  title: 'Название / Title',
  hours: 'Количество часов / Hours',
  audience: 'Описание аудитории / Audience',
  note: 'Примечание / Note',
  publications: 'Совместные публикации / Publications',
  year: 'Год / Year',
  venue: 'Где опубликовано / Venue',
  doi: 'DOI',
  url: 'Адрес страницы / URL',
  summary: 'Краткое описание / Summary',
  biography: 'Биография: переводы / Biography',
  example: 'Пример (вымышленная запись) / Example',
  englishOnly: 'Только на английском / English only',
  sources: 'Источники / Sources',
  draft: 'Черновик / Draft',
  status: 'Статус / Status',
  professors: 'Зарубежные профессора / Professors',
  localLeads: 'Руководители от университета / Local leads',
  partners: 'Организации-партнёры / Partners',
  funder: 'Финансирующая организация / Funder',
  grantNumber: 'Номер гранта / Grant number',
  outputs: 'Результаты / Outputs',
  about: 'Описание: переводы / About',
  shortName: 'Краткое название / Short name',
  city: 'Город / City',
  ror: 'ROR ID',
  since: 'С какого года / Since',
  body: 'Текст на английском / Text in English',
  // An institution, a country or a programme has a «название», a person an «имя».
  'institutions.name': 'Название / Name',
  'countries.name': 'Название / Name',
  'programmes.name': 'Название / Name',
};

/** What marks an optional field: the short form agrees with «поле» (Decap's own «необязательный» does not). */
export const OPTIONAL_RU = 'необязательно';

/** One item of a list, for its "Add …" button and its count. */
export const RU_SINGULAR: Record<string, string> = {
  visits: 'визит / visit',
  activities: 'мероприятие / activity',
  publications: 'запись о публикации / publication',
  outputs: 'результат / output',
  localLeads: 'запись о руководителе / lead',
  sources: 'источник / source',
  teachingLanguages: 'язык / language',
};

/** A list's item in the three Russian forms a count needs: 1 (21, 31 …) визит, 2–4 визита, 5 and more визитов. */
export const RU_COUNTS: Record<string, readonly [one: string, few: string, many: string]> = {
  visits: ['визит', 'визита', 'визитов'],
  activities: ['мероприятие', 'мероприятия', 'мероприятий'],
  publications: ['публикация', 'публикации', 'публикаций'],
  outputs: ['результат', 'результата', 'результатов'],
  localLeads: ['руководитель', 'руководителя', 'руководителей'],
  sources: ['источник', 'источника', 'источников'],
  teachingLanguages: ['язык', 'языка', 'языков'],
};

/** Labels for a list's heading by Russian plural category ("визита / visits"), the English after the slash. */
export type CountLabels = Record<'one' | 'few' | 'many', string>;

export function countLabels(name: string, english: string): CountLabels | undefined {
  const forms = RU_COUNTS[name];
  if (!forms) return undefined;
  const en = english.toLowerCase();
  return { one: `${forms[0]} / ${en}`, few: `${forms[1]} / ${en}`, many: `${forms[2]} / ${en}` };
}

/** The heading's label for `n` items: "2 визита", "5 визитов", "21 визит" (Decap itself uses the singular label for exactly 1). */
export function countLabel(labels: CountLabels, n: number): string {
  const category = new Intl.PluralRules('ru').select(n);
  return category === 'one' || category === 'few' ? labels[category] : labels.many;
}

/** Hints in Russian for the fields an editor fills most (the professor's form); other fields keep the schema's description. */
export const RU_HINTS: Record<string, string> = {
  name: 'Полное имя латиницей, как его пишет сам человек, например «Anna Novák».',
  nameRu: 'Имя кириллицей по-русски, например «Анна Новак».',
  nameKk: 'Имя кириллицей по-казахски, например «Анна Новак».',
  degree:
    'Если степень пишется одинаково на всех языках («PhD», «Dr.-Ing.»), заполните только поле «Учёная степень по-английски». Если переводится (например, «кандидат наук»), заполните также русское и казахское поля.',
  position:
    'Должность по основному месту работы, например «Associate Professor of Food Engineering». Английский обязателен, русский и казахский — если есть.',
  en: 'Обязательно, если заполнен русский или казахский вариант.',
  ru: 'Необязательно. Если оставить пустым, на русской версии сайта будет показан английский текст.',
  kk: 'Необязательно. Если оставить пустым, на казахской версии сайта будет показан английский текст.',
  country: 'Страна организации. Можно искать по-русски, например «Болг».',
  institution:
    'Основное место работы профессора. В списке — организации страны, выбранной в поле «Страна»; начните вводить название для поиска. Если нужной организации нет, добавьте новую.',
  fields: 'Выберите одну или несколько областей науки из списка.',
  teachingLanguages: 'Языки, на которых человек вёл занятия, двухбуквенным кодом: en, ru, kk, de, tr.',
  visits: 'Каждое пребывание в университете, от раннего к позднему. Нужен хотя бы один визит.',
  programme: 'Программа, по которой состоялся визит.',
  start: 'Первый день: ГГГГ-ММ-ДД, например 2025-03-10 (YYYY-MM-DD, e.g. 2025-03-10).',
  end: 'Последний день визита (если визит однодневный — та же дата, что в поле «Дата начала»): ГГГГ-ММ-ДД, например 2025-03-10 (YYYY-MM-DD, e.g. 2025-03-10).',
  host: 'Оставьте пустым, если визит был в наш университет.',
  formats:
    'Выберите хотя бы одну: lecture-course — лекционный курс, internship — научная стажировка, joint-research — совместное исследование, seminar — семинар, supervision — научное руководство, consultation — консультации, other — другое.',
  summary: 'Одно-два предложения для карточки на сайте. Английский обязателен.',
  biography: 'Переводы биографии. Английская биография — в поле «Текст на английском» ниже.',
  example: 'Отметьте только для вымышленной записи, которая показывает, как работает сайт.',
  sources: 'Веб-страницы, где можно проверить эти сведения. Нужна хотя бы одна (для вымышленных записей-примеров — необязательно).',
  draft: 'Отметьте, чтобы запись пока не показывалась на сайте.',
  body: 'Биография на английском: образование, исследования, что человек делал в университете.',
  src: 'Файл фотографии: выберите его или загрузите со своего компьютера.',
  alt: 'Что видно на фотографии, для тех, кто не может её увидеть, например «Portrait of Anna Novák». Английский обязателен.',
  credit: 'Автор фотографии или откуда она взята, если это нужно указать.',
  links: 'Профили в научных базах и личная страница.',
  activities: 'Курсы, семинары и другие мероприятия во время визита.',
  type: 'lecture-course — лекционный курс, internship — научная стажировка, joint-research — совместное исследование, seminar — семинар, supervision — научное руководство, consultation — консультации, other — другое.',
  title: 'Английское название обязательно; русское и казахское — если есть.',
  hours: 'Контактные часы, например 36.',
  audience: 'Кто слушал, например «Master’s students in food technology».',
  note: 'Краткое примечание к визиту, которое будет видно на сайте, например: «Даты ещё могут измениться».',
  publications: 'Публикации, написанные вместе с коллегами из университета.',
  year: 'Год, например 2024.',
  englishOnly: 'Отметьте, только если запись-пример намеренно оставлена на английском. Для настоящих записей не отмечайте.',
  'sources.item': 'Полный адрес страницы, начинающийся с https://.',
  'teachingLanguages.item': 'Двухбуквенный код языка: en, ru, kk, de, tr.',
  city: 'Город, где находится организация. Английский обязателен.',
  funder: 'Организация, которая финансирует (фонд, министерство и т. п.). Английский обязателен.',
  shortName: 'Краткое название для карточек и фильтров, например ATU. Английский обязателен.',
  about: 'Переводы описания проекта. Английский текст — в поле «Текст на английском» ниже.',
  localLeads: 'Коллеги из университета, которые руководят проектом.',
  outputs: 'Публикации, патенты и другие результаты.',
  partners: 'Выберите из организаций, уже добавленных на сайт.',
  professors: 'Зарубежные профессора — участники проекта (поиск по имени, в том числе по-русски и по-казахски).',
  status: 'planned — запланирован, active — идёт, completed — завершён.',
  projectBody: 'Вопрос, метод, кто что делает и какие уже есть результаты.',
  // Where a field means something else in another collection (see `ruFor`).
  'institutions.name': 'Официальное название. Английское обязательно, русское и казахское — если есть.',
  'countries.name': 'Название страны. Английское обязательно, русское и казахское — если есть.',
  'programmes.name': 'Официальное название программы. Английское обязательно, русское и казахское — если есть.',
  'programmes.shortName': 'Краткое название для карточек и фильтров, например Erasmus+ ICM. Английский обязателен.',
  'projects.programme': 'Программа, в рамках которой ведётся проект.',
  'projects.start': 'Дата начала проекта: ГГГГ-ММ-ДД, например 2025-03-10 (YYYY-MM-DD).',
  'projects.end': 'Дата окончания проекта (фактическая или плановая): ГГГГ-ММ-ДД (YYYY-MM-DD).',
  'projects.type':
    'article — статья, conference-paper — доклад на конференции, book — книга, patent — патент, dataset — набор данных, software — программное обеспечение, prototype — прототип, other — другое.',
};

/**
 * The Russian word for a field at `path` (`professors:visits[].end`): the one
 * given for its collection's field (`projects.end`) if any, else the field's own.
 */
export function ruFor(table: Record<string, string>, name: string, path: string): string | undefined {
  const collection = path.includes(':') ? path.slice(0, path.indexOf(':')) : undefined;
  return (collection && table[`${collection}.${name}`]) || table[name];
}

/** A schema description as a hint: no file names, no `code`, no YAML. */
export function plainHint(description: string): string {
  return description
    .replace(
      / Give English as `en`, and Russian \(`ru`\) and Kazakh \(`kk`\) where you have them\./,
      ' English is required; Russian and Kazakh where you have them.',
    )
    .replace(/the text below the front matter/g, 'the text in English below')
    .replace(/ from `fields\.yaml`/g, '')
    .replace(/`example: true`/g, 'for an example entry')
    .replace(/`([^`]*)`/g, '$1');
}

/** The editor's list of collections, Russian first. */
export const RU_COLLECTIONS: Partial<Record<CollectionName, [string, string]>> = {
  professors: ['Профессора / Professors', 'Профессор / Professor'],
  projects: ['Проекты / Projects', 'Проект / Project'],
  institutions: ['Организации / Institutions', 'Организация / Institution'],
  countries: ['Страны / Countries', 'Страна / Country'],
  programmes: ['Программы / Programmes', 'Программа / Programme'],
};
