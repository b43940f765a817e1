// The browser editor in local mode: an editor creates a professor through the
// form; the save lands on its own branch (as a pull request would), and the file
// it wrote passes the same validation as every other entry.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { servedSite } from '../helpers/browser';
import { ROOT, validate } from '../helpers/run';

const site = servedSite(() => inject('dist'));
const repo = mkdtempSync(join(tmpdir(), 'admin-repo-'));
let proxy: ChildProcess | undefined;

function git(...args: string[]): string {
  const r = spawnSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Editor',
      GIT_AUTHOR_EMAIL: 'editor@example.org',
      GIT_COMMITTER_NAME: 'Editor',
      GIT_COMMITTER_EMAIL: 'editor@example.org',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

beforeAll(async () => {
  // A repository holding a copy of the content, as an editor's clone would.
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Editor');
  git('config', 'user.email', 'editor@example.org');
  git('add', '-A');
  git('commit', '-qm', 'content');
  // Decap's local proxy in git mode: each saved entry becomes a branch, like a pull request on GitHub.
  proxy = spawn(join(ROOT, 'node_modules/.bin/decap-server'), [], {
    env: { ...process.env, GIT_REPO_DIRECTORY: repo, MODE: 'git', PORT: '8081' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('decap-server did not start')), 20_000);
    proxy!.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('listening on port')) {
        clearTimeout(timer);
        resolve();
      }
    });
    proxy!.on('exit', (code) => reject(new Error(`decap-server exited with ${code}`)));
  });
}, 60_000);

afterAll(() => {
  proxy?.kill();
  rmSync(repo, { recursive: true, force: true });
});

const OPTIONAL = ' (необязательно)';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The input of the field labelled `label` (Decap adds "(optional)" to optional ones), the `nth` such field on the page. */
async function input(page: Page, label: string, nth = 0) {
  const id = await page
    .locator('label', { hasText: new RegExp(`^${escape(label)}(${escape(OPTIONAL)})?$`) })
    .nth(nth)
    .getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Types into a choice list and takes the option offered. */
async function choose(page: Page, label: string, text: string, nth = 0) {
  const box = await input(page, label, nth);
  await box.fill(text);
  await page
    .getByRole('option', { name: new RegExp(escape(text), 'i') })
    .first()
    .click();
}

/** A signed-in page of the editor showing the list of professors. */
async function openList(): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.url}/admin/`);
  // The interface is Russian: Decap's own buttons, and the site's labels Russian first.
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByText('Профессора / Professors').first().waitFor();
  return page;
}

async function openEditor(path: string): Promise<Page> {
  const page = await openList();
  await page.goto(`${site.url}/admin/#/collections/${path}`);
  await (await input(page, 'Имя / Name')).waitFor();
  return page;
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Запись сохранена').first().waitFor({ timeout: 30_000 });
}

/** The Markdown file a save wrote on the entry's branch, and its YAML block. */
function saved(slug: string): { text: string; front: Record<string, unknown> } {
  const text = git('show', `cms/professors/${slug}:content/professors/${slug}.md`);
  return { text, front: parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown> };
}

/** `npm run validate` on the seed content with `text` as professors/<slug>.md, and any other files saved with it. */
function validates(slug: string, text: string, others: Record<string, string> = {}): void {
  const check = mkdtempSync(join(tmpdir(), 'admin-check-'));
  try {
    cpSync(join(ROOT, 'content'), check, { recursive: true });
    writeFileSync(join(check, `professors/${slug}.md`), text);
    for (const [path, other] of Object.entries(others)) writeFileSync(join(check, path), other);
    const r = validate([], { CONTENT_DIR: check });
    expect(r.stdout + r.stderr, text).toMatch(/all \d+ files valid/);
  } finally {
    rmSync(check, { recursive: true, force: true });
  }
}

describe('browser editor (/admin/) in local mode', () => {
  it('creates a professor through the form in Russian; dates, cleared fields and a translated degree are saved as typed, and the file validates', async () => {
    const page = await openEditor('professors/new');
    expect(await page.getByRole('button', { name: 'Сохранить', exact: true }).count()).toBe(1);

    await (await input(page, 'Имя / Name')).fill('Anna Novák');
    // Typed and then deleted: nothing is written for it.
    const nameRu = await input(page, 'Имя по-русски / Name in Russian');
    await nameRu.fill('Анна');
    await nameRu.fill('');
    // The degree's group: English, Russian and Kazakh boxes (English is the first "English" on the form).
    await (await input(page, 'Учёная степень по-английски / Degree in English')).fill('Candidate of Technical Sciences');
    await (await input(page, 'Учёная степень по-русски / Degree in Russian')).fill('кандидат технических наук');
    await (await input(page, 'Должность по-английски / Position in English')).fill('Associate Professor of Food Engineering');
    // A country found by its Russian name.
    await choose(page, 'Страна / Country', 'Казах');
    await choose(page, 'Организация / Institution', 'Almaty');
    await choose(page, 'Области науки / Fields', 'Food technology');
    await page.getByRole('button', { name: 'Добавить визит / visit' }).click();
    await choose(page, 'Программа / Programme', 'Erasmus');
    // Typed digit by digit, as a person types: the year stays the year typed.
    const start = await input(page, 'Дата начала / Start');
    await start.pressSequentially('2025-03-10', { delay: 40 });
    await (await input(page, 'Дата окончания / End')).pressSequentially('2025-03-21', { delay: 40 });
    expect(await start.inputValue()).toBe('2025-03-10');
    await choose(page, 'Формы сотрудничества / Formats', 'lecture-course');
    await (
      await input(page, 'Краткое описание по-английски / Summary in English')
    ).fill('Food engineer who taught a two-week course on food preservation.');
    await page.getByRole('button', { name: 'Добавить источник / source' }).click();
    await (await input(page, 'Источник / source')).fill('https://atu.edu.kz/en/cooperation/academic-cooperation/');
    await save(page);
    await page.close();

    // Saved on its own branch, as a pull request would be; main is untouched.
    expect(git('branch', '--list', 'cms/*')).toContain('cms/professors/anna-novak');
    const { text, front } = saved('anna-novak');
    expect(front).toMatchObject({
      name: 'Anna Novák',
      degree: { en: 'Candidate of Technical Sciences', ru: 'кандидат технических наук' },
      country: 'kz',
      institution: 'almaty-technological-university',
      fields: ['food-technology'],
      visits: [{ programme: 'erasmus-icm', start: '2025-03-10', end: '2025-03-21', formats: ['lecture-course'] }],
      sources: ['https://atu.edu.kz/en/cooperation/academic-cooperation/'],
    });
    // Nothing empty: no cleared name, no blank translations, no empty groups or lists, no `false`.
    expect(front).not.toHaveProperty('nameRu');
    expect(text).not.toMatch(/: ''|: ""|: \[\]|: \{\}|: false|^\s+- ''$/m);
    validates('anna-novak', text);
    expect(readFileSync(join(repo, 'content/professors/lukasz-wrobel.md'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'content/professors/lukasz-wrobel.md'), 'utf8'),
    );
  }, 180_000);

  it('lists the institutions of the chosen country, and adds a new one from the professor form, saved with the professor', async () => {
    const page = await openEditor('professors/new');
    await (await input(page, 'Имя / Name')).fill('Maria Petrova');
    await (await input(page, 'Должность по-английски / Position in English')).fill('Associate Professor of Food Chemistry');
    await choose(page, 'Страна / Country', 'Болг');
    // Only Bulgaria's institutions are offered, until all countries are asked for.
    const offered = async () => {
      // From the keyboard: the list opens with the arrow key.
      await (await input(page, 'Организация / Institution')).focus();
      await page.keyboard.press('ArrowDown');
      await page.getByRole('option').first().waitFor();
      const names = await page.getByRole('option').allTextContents();
      await page.keyboard.press('Escape');
      return names;
    };
    expect(await offered()).toEqual(['Maritsa Institute of Dairy and Food Science']);
    await page.getByLabel('Показать организации всех стран').check();
    expect(await offered()).toContain('Almaty Technological University');

    // Not on the site yet: added here, without leaving the form.
    await page.getByRole('button', { name: 'Добавить новую организацию' }).click();
    const form = page.getByRole('group', { name: 'Новая организация / New institution' });
    const box = (label: string) => form.getByLabel(label);
    await box('Название по-английски / Name in English').fill('University of Plovdiv Paisii Hilendarski');
    await box('Название по-русски / Name in Russian').fill('Пловдивский университет имени Паисия Хилендарского');
    expect(await box('Страна / Country').inputValue()).toBe('bg');
    await box('Город по-английски / City in English').fill('Пловдив');
    await page.getByRole('button', { name: 'Добавить организацию' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('«Город по-английски»: напишите по-английски, латиницей');
    expect(await alert.textContent()).toContain('Заполните поле «Источник».');
    await box('Город по-английски / City in English').fill('Plovdiv');
    await box('Город по-русски / City in Russian').fill('Пловдив');
    await box('Сайт / Website').fill('https://uni-plovdiv.bg/');
    await box('Источник / Source').fill('https://uni-plovdiv.bg/en/');
    await page.getByRole('button', { name: 'Добавить организацию' }).click();
    await page.getByText('Новая организация: Пловдивский университет имени Паисия Хилендарского (Пловдив, Болгария)').waitFor();
    expect(await page.getByText('Она будет сохранена вместе с записью о профессоре.').count()).toBe(1);

    // The rest of the professor, then one save.
    await choose(page, 'Области науки / Fields', 'Food technology');
    await page.getByRole('button', { name: 'Добавить визит / visit' }).click();
    await choose(page, 'Программа / Programme', 'Erasmus');
    await (await input(page, 'Дата начала / Start')).fill('2024-10-07');
    await (await input(page, 'Дата окончания / End')).fill('2024-10-18');
    await choose(page, 'Формы сотрудничества / Formats', 'lecture-course');
    await (await input(page, 'Краткое описание по-английски / Summary in English')).fill('Food chemist who taught a course.');
    await page.getByRole('button', { name: 'Добавить источник / source' }).click();
    await (await input(page, 'Источник / source')).fill('https://atu.edu.kz/en/cooperation/academic-cooperation/');
    await save(page);
    await page.close();

    // Both files on the professor's branch, as one pull request.
    const { text, front } = saved('maria-petrova');
    expect(front.institution).toBe('university-of-plovdiv-paisii-hilendarski');
    const path = 'content/institutions/university-of-plovdiv-paisii-hilendarski.yaml';
    const institution = git('show', `cms/professors/maria-petrova:${path}`);
    expect(parse(institution)).toEqual({
      name: { en: 'University of Plovdiv Paisii Hilendarski', ru: 'Пловдивский университет имени Паисия Хилендарского' },
      country: 'bg',
      city: { en: 'Plovdiv', ru: 'Пловдив' },
      website: 'https://uni-plovdiv.bg/',
      sources: ['https://uni-plovdiv.bg/en/'],
    });
    validates('maria-petrova', text, { 'institutions/university-of-plovdiv-paisii-hilendarski.yaml': institution });
  }, 180_000);

  it('edits an existing professor: a translated degree is shown as its texts, a plain one stays plain, and only the changed lines change', async () => {
    // A translated degree: its three texts in three boxes, never "Map {".
    let page = await openEditor('professors/entries/aibek-toktosunov');
    expect(await (await input(page, 'Учёная степень по-английски / Degree in English')).inputValue()).toBe(
      'Candidate of Technical Sciences',
    );
    expect(await (await input(page, 'Учёная степень по-русски / Degree in Russian')).inputValue()).toBe('кандидат технических наук');
    expect(
      await page.locator('input, textarea').evaluateAll((els) => els.some((e) => (e as HTMLInputElement).value.includes('Map {'))),
    ).toBe(false);
    await page.close();

    // A plain degree: shown as its English text, saved as the same plain text.
    page = await openEditor('professors/entries/lukasz-wrobel');
    const before = readFileSync(join(ROOT, 'content/professors/lukasz-wrobel.md'), 'utf8');
    expect(await (await input(page, 'Учёная степень по-английски / Degree in English')).inputValue()).toBe('Dr. hab.');
    // Lists count in Russian: three visits are «3 визита», not «3 визиты».
    expect(await page.getByText('3 визита / visits', { exact: true }).count()).toBe(1);
    await (await input(page, 'Имя по-русски / Name in Russian')).fill('Лукаш Врубель-Новак');
    await (await input(page, 'Должность по-английски / Position in English')).fill('Professor of Meat Technology');
    await (await input(page, 'Дата окончания / End', 0)).fill('2021-12-04');
    await save(page);
    await page.close();
    const { text, front } = saved('lukasz-wrobel');
    expect(front.degree).toBe('Dr. hab.');
    expect(front.nameRu).toBe('Лукаш Врубель-Новак');
    // Three values changed: three lines differ, the rest of the file (lists, quotes, comments, order) is as it was.
    const a = before.split('\n');
    const b = text.split('\n');
    expect(b.length).toBe(a.length);
    expect(a.filter((line, i) => line !== b[i])).toEqual([
      'nameRu: Лукаш Врубель',
      '  en: Professor of Meat Technology and Refrigeration',
      '    end: 2021-12-03',
    ]);
    validates('lukasz-wrobel', text);
  }, 180_000);

  it('shows the entry in the address after the address is changed by hand, and saves that entry', async () => {
    const page = await openEditor('professors/entries/stoyan-draganov');
    expect(await (await input(page, 'Имя / Name')).inputValue()).toBe('Stoyan Draganov');
    const draganov = git('show', 'main:content/professors/stoyan-draganov.md');
    // Another entry typed into the address bar: the page loads it, not the old form under a new address.
    await page.evaluate(() => {
      location.hash = '#/collections/professors/entries/reto-zurcher';
    });
    const name = async () => {
      const box = await input(page, 'Имя / Name');
      return box.inputValue();
    };
    await expect.poll(name, { timeout: 20_000 }).toBe('Reto Zürcher');
    const nameRu = await input(page, 'Имя по-русски / Name in Russian');
    await nameRu.fill(`${await nameRu.inputValue()} (тест)`);
    await save(page);
    await page.close();
    expect(saved('reto-zurcher').front.nameRu).toMatch(/ \(тест\)$/);
    expect(git('branch', '--list', 'cms/professors/stoyan-draganov')).toBe('');
    expect(git('show', 'main:content/professors/stoyan-draganov.md')).toBe(draganov);
  }, 120_000);

  it('finds a professor by the Russian or the Kazakh name', async () => {
    const page = await openList();
    const searches: [string, string][] = [
      ['Драганов', 'Stoyan Draganov Стоян Драганов'],
      ['Гүндоғ', 'Elif Gündoğdu Элиф Гюндогду'],
    ];
    for (const [typed, found] of searches) {
      const search = page.getByPlaceholder('Искать повсюду');
      await search.fill(typed);
      await search.press('Enter');
      await page.getByText(found, { exact: true }).waitFor({ timeout: 15_000 });
      expect(await page.getByText('Łukasz Wróbel Лукаш Врубель').count()).toBe(0);
    }
    await page.close();
  }, 120_000);

  it('refuses to save what the validator would refuse, saying why', async () => {
    const page = await openEditor('professors/new');
    await (await input(page, 'Имя / Name')).fill('Test Person');
    await (await input(page, 'Должность по-английски / Position in English')).fill('Professor');
    await choose(page, 'Страна / Country', 'Poland');
    await choose(page, 'Организация / Institution', 'Vistula');
    await choose(page, 'Области науки / Fields', 'Food technology');
    // A translated degree with no English.
    await (await input(page, 'Учёная степень по-русски / Degree in Russian')).fill('кандидат наук');
    await page.getByRole('button', { name: 'Добавить визит / visit' }).click();
    await choose(page, 'Программа / Programme', 'Erasmus');
    await (await input(page, 'Дата начала / Start')).fill('2025-03-10');
    await (await input(page, 'Дата окончания / End')).fill('2025-03-01');
    await choose(page, 'Формы сотрудничества / Formats', 'seminar');
    await (await input(page, 'Краткое описание по-английски / Summary in English')).fill('A person.');
    await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
    const toast = page.getByText(/Не удалось сохранить запись/);
    await toast.first().waitFor({ timeout: 30_000 });
    const message = await toast.first().textContent();
    expect(message).toContain('«Учёная степень»: есть перевод, но нет текста на английском');
    expect(message).toContain('«Визиты › 1 › Дата окончания»: дата окончания (2025-03-01) раньше даты начала (2025-03-10)');
    expect(message).toContain('«Источники / Sources»');
    // Vistula is one of the invented example institutions: a real professor cannot refer to it.
    expect(message).toContain('«Организация»: «Vistula Institute of Food Engineering» — вымышленная запись-пример');
    await page.close();
    expect(git('branch', '--list', 'cms/*')).not.toContain('test-person');
  }, 180_000);
});

describe('the editor in the built site', () => {
  const dist = () => inject('dist');
  it('is at /admin/ with a configuration for every collection, and kept out of search, the sitemap and robots', () => {
    const html = readFileSync(join(dist(), 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(html).toContain('<script src="decap-cms.js"></script>');
    expect(html).toContain('<script src="editor.js"></script>');
    expect(readFileSync(join(dist(), 'admin/editor.js'), 'utf8')).toContain('preSave');
    expect(readFileSync(join(dist(), 'admin/decap-cms.js'), 'utf8').length).toBeGreaterThan(1_000_000);
    const config = parse(readFileSync(join(dist(), 'admin/config.yml'), 'utf8')) as {
      backend: { name: string; repo: string };
      publish_mode: string;
      local_backend: boolean;
      locale: string;
      collections: { name: string; folder: string }[];
    };
    expect(config.backend.name).toBe('github');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('ru');
    expect(config.collections.map((c) => c.folder)).toEqual(
      expect.arrayContaining(['content/professors', 'content/projects', 'content/institutions']),
    );
    expect(readFileSync(join(dist(), 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    expect(readFileSync(join(dist(), 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
    expect(html).not.toContain('data-pagefind-body');
  });
});
