/**
 * npm run fixtures -- --professors N [--seed S] [--out DIR]
 * Writes a synthetic content tree (deterministic for a seed) for benchmarks:
 * the real reference data (site, countries, fields, programmes, host, pages)
 * plus N invented professors, ~N/5 projects and ~N/8 institutions, all
 * marked example: true. Never writes inside content/.
 */
import './lib/node-version';
import { cliOptions, positiveInteger } from './lib/cli';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { FORMATS } from '~/schemas/visit';

const HELP = `Usage: npm run fixtures -- --professors N [--seed S] [--out DIR]

Writes a synthetic content folder for benchmarks (default DIR: tmp/fixtures-N).
Same seed, same output. Check it with CONTENT_DIR=DIR npm run validate.
`;

function args(): { professors: number; seed: number; out: string } {
  const values = cliOptions('fixtures', HELP, { professors: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } });
  const professors = positiveInteger('fixtures', HELP, 'professors', values.professors);
  const seed = positiveInteger('fixtures', HELP, 'seed', values.seed, 1);
  const out = resolve(values.out ?? `tmp/fixtures-${professors}`);
  if (out === resolve('content') || out.startsWith(`${resolve('content')}/`)) {
    process.stderr.write('fixtures: refusing to write inside content/\n');
    process.exit(2);
  }
  return { professors, seed, out };
}

/** mulberry32: small, fast, deterministic. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Countries weighted roughly like the programme's own list (larger groups first).
const COUNTRY_WEIGHTS: [string, number][] = [
  ['pl', 14],
  ['de', 12],
  ['tr', 12],
  ['ru', 12],
  ['it', 9],
  ['cz', 8],
  ['at', 5],
  ['bg', 5],
  ['ua', 5],
  ['by', 5],
  ['ch', 4],
  ['kg', 4],
  ['uz', 3],
  ['tj', 2],
];
const FIELDS = [
  'food-technology',
  'food-safety',
  'biotechnology',
  'chemical-technology',
  'materials-science',
  'textile-technology',
  'light-industry',
  'design',
  'mechanical-engineering',
  'automation',
  'information-technology',
  'energy-engineering',
  'environmental-protection',
  'standardization',
  'economics',
  'management',
  'tourism-hospitality',
];
const FIRST = [
  'Anna',
  'Jan',
  'Marta',
  'Piotr',
  'Elif',
  'Burak',
  'Lukas',
  'Greta',
  'Ivan',
  'Olga',
  'Marco',
  'Giulia',
  'Tomas',
  'Eva',
  'Nikolai',
  'Daria',
  'Aziz',
  'Nodira',
  'Farrukh',
  'Aigul',
  'Stefan',
  'Milena',
  'Oleh',
  'Iryna',
  'Reto',
  'Sara',
];
const SYL = [
  'ko',
  'va',
  'ler',
  'man',
  'sen',
  'ski',
  'ova',
  'ich',
  'ber',
  'tan',
  'lu',
  'rin',
  'dor',
  'mak',
  'zen',
  'vik',
  'har',
  'nov',
  'lin',
  'gor',
];
const LATIN_TO_CYR: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  y: 'ы',
  z: 'з',
  q: 'к',
  x: 'кс',
};
const EN_WORDS =
  'the research food process quality energy textile design students laboratory course lecture joint project method data plant heat water safety material machine control market design fibre dye milk grain drying cooling sensor model teaching seminar analysis results university colleagues department'.split(
    ' ',
  );
const RU_WORDS =
  'исследование пищевой процесс качество энергия текстиль дизайн студенты лаборатория курс лекция совместный проект метод данные завод вода безопасность материал машина управление рынок волокно молоко зерно сушка охлаждение датчик модель семинар анализ результаты университет коллеги кафедра'.split(
    ' ',
  );
const KK_WORDS =
  'зерттеу тамақ процесс сапа энергия тоқыма дизайн студенттер зертхана курс дәріс бірлескен жоба әдіс деректер зауыт су қауіпсіздік материал машина басқару нарық талшық сүт астық кептіру салқындату датчик модель семинар талдау нәтижелер университет әріптестер кафедра'.split(
    ' ',
  );

function main(): void {
  const { professors: n, seed, out } = args();
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const weighted = () => {
    const total = COUNTRY_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    let r = rnd() * total;
    for (const [c, w] of COUNTRY_WEIGHTS) if ((r -= w) < 0) return c;
    return 'pl';
  };
  const words = (list: string[], count: number) => Array.from({ length: count }, () => pick(list)).join(' ');
  const paragraph = (list: string[], count: number) => {
    const w = words(list, count);
    return `${w.charAt(0).toUpperCase()}${w.slice(1)}.`;
  };
  const cyr = (latin: string) =>
    latin
      .toLowerCase()
      .replace(/[a-z]/g, (c) => LATIN_TO_CYR[c] ?? c)
      .replace(/(^|\s)(\S)/g, (_, s: string, c: string) => s + c.toUpperCase());

  if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const real = resolve('content');
  for (const part of [
    'site.yaml',
    'fields.yaml',
    'countries',
    'programmes',
    'pages',
    'institutions/almaty-technological-university.yaml',
  ]) {
    cpSync(join(real, part), join(out, part), { recursive: true });
  }
  for (const dir of ['professors', 'projects', 'professors/photos']) mkdirSync(join(out, dir), { recursive: true });

  const institutionsByCountry = new Map<string, string[]>();
  const nInstitutions = Math.max(14, Math.ceil(n / 8));
  for (let i = 0; i < nInstitutions; i++) {
    const country = i < COUNTRY_WEIGHTS.length ? COUNTRY_WEIGHTS[i]![0] : weighted();
    const id = `synthetic-institute-${i + 1}`;
    institutionsByCountry.set(country, [...(institutionsByCountry.get(country) ?? []), id]);
    const name = `${pick(['Institute', 'University', 'Academy'])} of ${pick(['Food', 'Applied', 'Textile', 'Technical', 'Economic'])} Sciences No. ${i + 1}`;
    writeFileSync(
      join(out, 'institutions', `${id}.yaml`),
      stringify({
        name: { en: name, ru: `Институт № ${i + 1}`, kk: `№ ${i + 1} институт` },
        country,
        city: { en: `City ${i + 1}` },
        website: `https://www.example.edu/${id}`,
        example: true,
      }),
    );
  }
  const usedInstitutions = new Set<string>();

  // A few photos, as editors would add them.
  const photo = sharp({ create: { width: 320, height: 320, channels: 3, background: { r: 30, g: 90, b: 130 } } })
    .jpeg({ quality: 70 })
    .toBuffer();

  const ids: string[] = [];
  const writes: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const first = pick(FIRST);
    const last = `${pick(SYL)}${pick(SYL)}${pick(SYL)}`.replace(/^./, (c) => c.toUpperCase());
    const id = `${first}-${last}-${i + 1}`.toLowerCase();
    ids.push(id);
    const country = weighted();
    const institution = pick(institutionsByCountry.get(country) ?? [...institutionsByCountry.values()].flat());
    usedInstitutions.add(institution);
    let year = int(2021, 2024);
    let month = int(1, 6);
    const visits = Array.from({ length: int(1, 4) }, () => {
      const start = `${year}-${String(month).padStart(2, '0')}-${String(int(1, 14)).padStart(2, '0')}`;
      const end = `${year}-${String(month).padStart(2, '0')}-${String(int(15, 28)).padStart(2, '0')}`;
      month += int(2, 5);
      if (month > 12) {
        month -= 12;
        year += 1;
      }
      const formats = [...new Set([pick(FORMATS), pick(FORMATS)])];
      return {
        programme: rnd() < 0.55 ? 'foreign-scientist' : 'erasmus-icm',
        start,
        end,
        unit: { en: `Department of ${pick(['Food Technology', 'Chemistry', 'Design', 'Automation', 'Economics'])}` },
        formats,
        activities: [
          {
            type: formats[0],
            title: { en: `${pick(EN_WORDS)} ${pick(EN_WORDS)} course`.replace(/^./, (c) => c.toUpperCase()) },
            hours: int(6, 48),
          },
        ],
      };
    });
    const translated = rnd() < 0.4;
    const data: Record<string, unknown> = {
      name: `${first} ${last}`,
      nameRu: cyr(`${first} ${last}`),
      ...(rnd() < 0.5 ? { nameKk: cyr(`${first} ${last}`) } : {}),
      degree: 'PhD',
      position: translated ? { en: 'Associate Professor', ru: 'Доцент', kk: 'Доцент' } : { en: 'Associate Professor' },
      country,
      institution,
      fields: [...new Set([pick(FIELDS), pick(FIELDS)])],
      teachingLanguages: ['en'],
      visits,
      summary: translated
        ? { en: paragraph(EN_WORDS, 16), ru: paragraph(RU_WORDS, 14), kk: paragraph(KK_WORDS, 12) }
        : { en: paragraph(EN_WORDS, 16) },
      ...(translated && rnd() < 0.5 ? { biography: { ru: paragraph(RU_WORDS, int(80, 200)), kk: paragraph(KK_WORDS, int(60, 150)) } } : {}),
      example: true,
      // Generated text: only some of it is translated, as in a site being filled in.
      englishOnly: true,
    };
    if (i % 100 === 7) {
      data.photo = { src: `./photos/${id}.jpg`, alt: { en: `Portrait of ${first} ${last}` } };
      writes.push(photo.then((buf) => writeFileSync(join(out, 'professors', 'photos', `${id}.jpg`), buf)));
    }
    const body = Array.from({ length: int(2, 4) }, () => paragraph(EN_WORDS, int(40, 100))).join('\n\n');
    writeFileSync(join(out, 'professors', `${id}.md`), `---\n${stringify(data)}---\n\n${body}\n`);
  }

  for (let p = 0; p < Math.floor(n / 5); p++) {
    const members = [...new Set([pick(ids), pick(ids), ...(rnd() < 0.3 ? [pick(ids)] : [])])];
    const status = pick(['planned', 'active', 'completed'] as const);
    const data = {
      title: { en: `Joint study ${p + 1}: ${pick(EN_WORDS)} and ${pick(EN_WORDS)}` },
      status,
      start: `${int(2021, 2024)}-0${int(1, 9)}-01`,
      ...(status === 'completed' ? { end: '2025-12-31' } : {}),
      professors: members,
      partners: [pick([...usedInstitutions])],
      fields: [pick(FIELDS)],
      programme: 'foreign-scientist',
      summary: { en: paragraph(EN_WORDS, 14) },
      example: true,
      englishOnly: true,
    };
    writeFileSync(join(out, 'projects', `joint-study-${p + 1}.md`), `---\n${stringify(data)}---\n\n${paragraph(EN_WORDS, 60)}\n`);
  }
  // Institutions no professor chose would be reported as unused: drop them.
  for (const ids of institutionsByCountry.values())
    for (const id of ids) if (!usedInstitutions.has(id)) rmSync(join(out, 'institutions', `${id}.yaml`));
  void Promise.all(writes).then(() =>
    process.stdout.write(`${out}: ${n} professors, ${Math.floor(n / 5)} projects, ${usedInstitutions.size} institutions (seed ${seed})\n`),
  );
}

main();
