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
  src: 'Файл изображения / Image file',
  alt: 'Что на изображении / Alt text',
  credit: 'Автор или источник / Credit',
  country: 'Страна / Country',
  institution: 'Организация / Institution',
  fields: 'Научные области / Fields',
  teachingLanguages: 'Языки преподавания / Teaching languages',
  links: 'Профили / Links',
  orcid: 'ORCID iD',
  scopus: 'Scopus Author ID',
  scholar: 'Google Scholar',
  website: 'Сайт / Website',
  visits: 'Визиты / Visits',
  programme: 'Программа / Programme',
  start: 'Начало / Start',
  end: 'Окончание / End',
  host: 'Принимающая организация / Host',
  unit: 'Подразделение / Unit',
  formats: 'Формы сотрудничества / Formats',
  activities: 'Занятия / Activities',
  type: 'Вид / Type',
  title: 'Название / Title',
  hours: 'Часы / Hours',
  audience: 'Слушатели / Audience',
  note: 'Примечание / Note',
  publications: 'Публикации / Publications',
  year: 'Год / Year',
  venue: 'Где опубликовано / Venue',
  doi: 'DOI',
  url: 'Адрес страницы / URL',
  summary: 'Кратко / Summary',
  biography: 'Биография: переводы / Biography',
  example: 'Пример (вымышленная запись) / Example',
  englishOnly: 'Только на английском / English only',
  sources: 'Источники / Sources',
  draft: 'Черновик / Draft',
  status: 'Статус / Status',
  professors: 'Приглашённые профессора / Professors',
  localLeads: 'Руководители в университете / Local leads',
  partners: 'Партнёры / Partners',
  funder: 'Кто финансирует / Funder',
  grantNumber: 'Номер гранта / Grant number',
  outputs: 'Результаты / Outputs',
  about: 'Описание: переводы / About',
  shortName: 'Краткое название / Short name',
  city: 'Город / City',
  ror: 'ROR ID',
  since: 'С какого года / Since',
  body: 'Текст на английском / Text in English',
};

/** One item of a list, for its "Add …" button and its count. */
export const RU_SINGULAR: Record<string, string> = {
  visits: 'визит / visit',
  activities: 'занятие / activity',
  publications: 'публикацию / publication',
  outputs: 'результат / output',
  localLeads: 'руководителя / lead',
  sources: 'источник / source',
  teachingLanguages: 'язык / language',
};

/** Hints in Russian for the fields an editor fills most (the professor's form); other fields keep the schema's description. */
export const RU_HINTS: Record<string, string> = {
  name: 'Полное имя латиницей, как его пишет сам человек, например «Anna Novák».',
  nameRu: 'Имя кириллицей по-русски, например «Анна Новак».',
  nameKk: 'Имя кириллицей по-казахски, например «Анна Новак».',
  degree:
    'Если степень пишется одинаково на всех языках («PhD», «Dr.-Ing.»), заполните только English. Если переводится (кандидат наук), заполните и русский, и казахский.',
  position:
    'Должность в своём университете, например «Associate Professor of Food Engineering». Английский обязателен, русский и казахский — если есть.',
  en: 'Нужен всегда, когда в группе заполнено хоть что-то.',
  ru: 'Необязательно: если пусто, на сайте будет английский текст.',
  kk: 'Необязательно: если пусто, на сайте будет английский текст.',
  country: 'Страна университета, откуда приехал человек. Можно искать по-русски: «Болг».',
  institution: 'Выберите из организаций, уже добавленных на сайт (поиск по названию).',
  fields: 'Научные области из списка сайта.',
  teachingLanguages: 'Языки, на которых человек вёл занятия, двухбуквенным кодом: en, ru, kk, de, tr.',
  visits: 'Каждое пребывание в университете, от раннего к позднему. Нужен хотя бы один визит.',
  programme: 'Программа, по которой состоялся визит.',
  start: 'Первый день: ГГГГ-ММ-ДД, например 2025-03-10 (YYYY-MM-DD, e.g. 2025-03-10).',
  end: 'Последний день (для однодневного визита — тот же, что начало): ГГГГ-ММ-ДД, например 2025-03-10 (YYYY-MM-DD, e.g. 2025-03-10).',
  host: 'Оставьте пустым, если визит был в наш университет.',
  formats: 'Формы сотрудничества во время визита: хотя бы одна.',
  summary: 'Одно-два предложения о человеке для карточки на сайте. Английский обязателен.',
  biography: 'Переводы биографии. Английская биография — в поле «Текст на английском» ниже.',
  example: 'Отметьте только для вымышленной записи, которая показывает, как работает сайт.',
  sources:
    'Веб-страницы, где можно проверить сведения (например, страница человека на сайте его университета). Нужна хотя бы одна, кроме вымышленных записей.',
  draft: 'Отметьте, чтобы запись пока не показывалась на сайте.',
  body: 'Биография на английском: образование, исследования, что человек делал в университете.',
  src: 'Файл фотографии: выберите его или загрузите со своего компьютера.',
  alt: 'Что видно на фотографии, для тех, кто не может её увидеть, например «Portrait of Anna Novák». Английский обязателен.',
  credit: 'Автор фотографии или откуда она взята, если это нужно указать.',
  links: 'Профили в научных базах и личная страница.',
  activities: 'Курсы, семинары и другие занятия во время визита.',
  type: 'Вид из списка.',
  title: 'Название. Если есть поля для трёх языков, английский обязателен.',
  hours: 'Контактные часы, например 36.',
  audience: 'Кто слушал, например «Master’s students in food technology».',
  note: 'Короткое публичное примечание к визиту, например что даты ещё могут измениться.',
  publications: 'Публикации, написанные вместе с коллегами из университета.',
  year: 'Год, например 2024.',
  englishOnly: 'Запись намеренно оставлена только на английском (для вымышленных записей-примеров).',
  'sources.item': 'Полный адрес страницы, начиная с https://',
  'teachingLanguages.item': 'Двухбуквенный код языка: en, ru, kk, de, tr.',
  city: 'Город, где находится организация. Английский обязателен.',
  funder: 'Кто финансирует. Английский обязателен.',
  shortName: 'Краткое название для карточек и фильтров, например ATU. Английский обязателен.',
  about: 'Переводы описания проекта. Английский текст — в поле «Текст на английском» ниже.',
  localLeads: 'Коллеги из университета, которые руководят проектом.',
  outputs: 'Публикации, патенты и другие результаты.',
  partners: 'Организации-партнёры.',
  professors: 'Приглашённые профессора, участвующие в проекте (поиск по имени, также по-русски).',
  status: 'planned — планируется, active — идёт, completed — завершён.',
  projectBody: 'Вопрос, метод, кто что делает и какие уже есть результаты.',
};

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
  professors: ['Профессора / Professors', 'профессор / professor'],
  projects: ['Проекты / Projects', 'проект / project'],
  institutions: ['Организации / Institutions', 'организация / institution'],
  countries: ['Страны / Countries', 'страна / country'],
  programmes: ['Программы / Programmes', 'программа / programme'],
};
