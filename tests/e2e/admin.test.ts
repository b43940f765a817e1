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

/** The input of the field labelled `label`, the `nth` such field on the page. */
async function input(page: Page, label: string, nth = 0) {
  const id = await page
    .locator('label', { hasText: new RegExp(`^${label}$`) })
    .nth(nth)
    .getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

/** Types into a choice list and takes the option offered. */
async function choose(page: Page, label: string, text: string, nth = 0) {
  const box = await input(page, label, nth);
  await box.fill(text);
  await page
    .getByRole('option', { name: new RegExp(text, 'i') })
    .first()
    .click();
}

describe('browser editor (/admin/) in local mode', () => {
  it('creates a professor through the form; the saved file validates', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByText('Professors').first().waitFor();
    await page.goto(`${site.url}/admin/#/collections/professors/new`);
    await (await input(page, 'Name')).waitFor();

    await (await input(page, 'Name')).fill('Anna Novák');
    // The first "English" field is the position's, the last one the summary's.
    await (await input(page, 'English', 0)).fill('Associate Professor of Food Engineering');
    await choose(page, 'Country', 'Czech');
    await choose(page, 'Institution', 'Almaty');
    await choose(page, 'Fields', 'Food technology');
    await page.getByRole('button', { name: /add visits/i }).click();
    await choose(page, 'Programme', 'Erasmus');
    await (await input(page, 'Start')).fill('2024-10-07');
    await (await input(page, 'End')).fill('2024-10-18');
    await choose(page, 'Formats', 'lecture-course');
    const english = page.locator('label', { hasText: /^English$/ });
    await (
      await input(page, 'English', (await english.count()) - 1)
    ).fill('Food engineer who taught a two-week course on food preservation.');
    await page.getByRole('button', { name: /add sources/i }).click();
    await (await input(page, 'Item')).fill('https://www.example.edu/people/anna-novak');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByText(/entry saved|changes saved/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await page.close();

    // Saved on its own branch, as a pull request would be; main is untouched.
    const branches = git('branch', '--list', 'cms/*');
    expect(branches).toContain('cms/professors/anna-novak');
    const text = git('show', 'cms/professors/anna-novak:content/professors/anna-novak.md');
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({
      name: 'Anna Novák',
      country: 'cz',
      institution: 'almaty-technological-university',
      fields: ['food-technology'],
      visits: [{ programme: 'erasmus-icm', start: '2024-10-07', end: '2024-10-18', formats: ['lecture-course'] }],
    });

    // The file passes the same check as a hand-written one.
    const check = mkdtempSync(join(tmpdir(), 'admin-check-'));
    try {
      cpSync(join(ROOT, 'content'), check, { recursive: true });
      writeFileSync(join(check, 'professors/anna-novak.md'), text);
      const r = validate([], { CONTENT_DIR: check });
      expect(r.stdout + r.stderr, text).toMatch(/all \d+ files valid/);
    } finally {
      rmSync(check, { recursive: true, force: true });
    }
    expect(readFileSync(join(repo, 'content/professors/lukasz-wrobel.md'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'content/professors/lukasz-wrobel.md'), 'utf8'),
    );
  }, 120_000);
});

describe('the editor in the built site', () => {
  const dist = () => inject('dist');
  it('is at /admin/ with a configuration for every collection, and kept out of search, the sitemap and robots', () => {
    const html = readFileSync(join(dist(), 'admin/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(html).toContain('<script src="decap-cms.js"></script>');
    expect(readFileSync(join(dist(), 'admin/decap-cms.js'), 'utf8').length).toBeGreaterThan(1_000_000);
    const config = parse(readFileSync(join(dist(), 'admin/config.yml'), 'utf8')) as {
      backend: { name: string; repo: string };
      publish_mode: string;
      local_backend: boolean;
      collections: { name: string; folder: string }[];
    };
    expect(config.backend.name).toBe('github');
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.collections.map((c) => c.folder)).toEqual(
      expect.arrayContaining(['content/professors', 'content/projects', 'content/institutions']),
    );
    expect(readFileSync(join(dist(), 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    expect(readFileSync(join(dist(), 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
    expect(html).not.toContain('data-pagefind-body');
  });
});
