/**
 * The script the editor page (/admin/) loads after Decap CMS: it registers the
 * site's own file formats (form-data.ts: nothing empty written, the file's
 * layout kept, a degree read as its English text) and a check before every save
 * that refuses, with a message, what `npm run validate` would refuse and the
 * form cannot show; and the home-institution field (institution-widget.ts). Bundled for the browser by src/lib/editing/admin.ts.
 */
import { fromForm, readFile, writeFile } from './form-data';
import { problems, type SaveRules } from './save-check';
import { registerInstitutionWidget } from './institution-widget';
import { registerCountedList } from './counted-list';
import { reloadOnEntryChange } from './entry-route';
import { OPTIONAL_RU } from './labels-ru';

/** Decap's Immutable.js map, as far as this script uses it. */
interface ImmutableMap {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
}

interface DecapGlobal {
  registerCustomFormat(name: string, extension: string, formatter: unknown): void;
  getLocale(locale: string): unknown;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}

/** What the check before saving needs from the form's configuration; set by the bundler (admin.ts). */
declare const SAVE_RULES: SaveRules;

const cms = (window as unknown as { CMS: DecapGlobal }).CMS;

// The professor's home institution: chosen by country, or added without leaving the form.
registerInstitutionWidget(window as unknown as Parameters<typeof registerInstitutionWidget>[0]);
// Lists count their items in Russian: «2 визита», «5 визитов».
registerCountedList(window as unknown as Parameters<typeof registerCountedList>[0]);
// The form always shows the entry in the address, even when the address is changed by hand.
reloadOnEntryChange(window);

// Decap marks optional fields «(необязательный)», which does not agree with «поле»: the short form reads naturally.
const ru = cms.getLocale('ru') as { editor?: { editorControl?: { field?: { optional?: string } } } } | undefined;
if (ru?.editor?.editorControl?.field) ru.editor.editorControl.field.optional = OPTIONAL_RU;

for (const [name, extension, markdown] of [
  ['site-markdown', 'md', true],
  ['site-yaml', 'yaml', false],
] as const) {
  cms.registerCustomFormat(name, extension, {
    fromFile: (text: string) => readFile(text, markdown),
    toFile: (data: Record<string, unknown>, sortedKeys: string[] = []) => writeFile(data, sortedKeys, markdown),
  });
}

cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = fromForm((entry.get('data') as ImmutableMap).toJS());
    const found = problems(String(entry.get('collection')), data, SAVE_RULES);
    if (found.length > 0) throw new Error(found.join(' '));
    return undefined;
  },
});
