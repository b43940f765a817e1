// The layers of src/ (docs/architecture.md) are enforced by the lint: a file that imports a layer
// above its own, or Node/Astro modules where the code runs without them, fails `npm run lint`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../eslint.config.js';
import { ROOT } from '../helpers/run';

const eslint = new ESLint({ cwd: ROOT });

/** The messages of the rules that fail on `code` planted at `file` (a path under src/, never written). */
async function failures(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers of src/', () => {
  it('fail a planted import of a layer above, by the alias or by a relative path', async () => {
    expect(await failures('src/lib/planted.ts', "import { x } from '~/components/common/Fact.astro';\nexport { x };\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/lib is below src\/components/),
    ]);
    expect(await failures('src/shared/planted.ts', "import { settings } from '../lib/settings';\nexport { settings };\n")).toEqual([
      expect.stringMatching(/src\/shared is below src\/lib/),
    ]);
    expect(
      await failures(
        'src/lib/validation/planted.ts',
        "import { siteContent } from '~/lib/content';\nimport { pageUrls } from '~/pages/x';\nexport { siteContent, pageUrls };\n",
      ),
    ).toEqual([
      expect.stringMatching(/src\/lib\/validation may import from src\/lib only lib\/validation, lib\/content-files, lib\/settings/),
      expect.stringMatching(/src\/lib\/validation is below src\/pages/),
    ]);
  });

  it('fail every folder that imports any folder above it', async () => {
    for (const { folder, above } of LAYERS) {
      for (const name of above) {
        const found = await failures(`src/${folder}/planted.ts`, `import { x } from '~/${name}/planted';\nexport { x };\n`);
        expect(found, `src/${folder} importing src/${name}`).toHaveLength(1);
      }
    }
  });

  it('keep Node and Astro out of the code the browser runs, and Astro out of the validator', async () => {
    expect(await failures('src/shared/planted.ts', "import { readFileSync } from 'node:fs';\nexport { readFileSync };\n")).toEqual([
      expect.stringMatching(/runs in the browser: no Node module/),
    ]);
    expect(
      await failures('src/scripts/planted.ts', "import { getRelativeLocaleUrl } from 'astro:i18n';\nexport { getRelativeLocaleUrl };\n"),
    ).toEqual([expect.stringMatching(/no astro: module/)]);
    expect(
      await failures('src/lib/validation/planted.ts', "import { getCollection } from 'astro:content';\nexport { getCollection };\n"),
    ).toEqual([expect.stringMatching(/npm run validate/)]);
  });

  it('let a layer import the layers below it', async () => {
    expect(
      await failures('src/scripts/planted.ts', "import { normalizeQuery } from '~/shared/normalize';\nexport { normalizeQuery };\n"),
    ).toEqual([]);
    expect(
      await failures(
        'src/lib/planted.ts',
        "import { normalizeQuery } from '~/shared/normalize';\nimport { LOCALES } from '~/schemas/common';\nexport { normalizeQuery, LOCALES };\n",
      ),
    ).toEqual([]);
    expect(await failures('src/integrations/planted.ts', "import { settings } from '~/lib/settings';\nexport { settings };\n")).toEqual([]);
  });

  it('fail a source file of more than 300 lines', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await failures('src/lib/planted.ts', lines(300))).toEqual([]);
    expect(await failures('src/lib/planted.ts', lines(301))).toEqual([expect.stringMatching(/^max-lines: /)]);
  });

  it('place every code folder of src/ in a layer', () => {
    const codeFolders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['i18n', 'styles'].includes(d.name))
      .map((d) => d.name);
    expect(codeFolders.filter((name) => !LAYERS.some((l) => l.folder === name))).toEqual([]);
  });
});
