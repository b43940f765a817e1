/**
 * Reads the content folder from disk into plain data, without Astro, so the
 * validator runs in seconds: walks each collection's folder, applies the size
 * limits, splits off front matter and parses the YAML (yaml.ts). Every file
 * that cannot be read becomes a problem, never an exception.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { SITE_FILE, entryIdAt } from '~/lib/content-files';
import { COLLECTIONS, type CollectionName } from '~/schemas/index';
import { parseYaml } from './yaml';

/** One problem in one file: what the editor reads. */
export interface Problem {
  /** Path of the file as shown to the editor (relative to the working folder when inside it). */
  file: string;
  /** Field path such as `visits[1].end`, or `-` when the problem is the whole file. */
  field: string;
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** A file parsed into data, with what is needed to point back into it. */
export interface SourceFile {
  collection: CollectionName | 'site';
  /** Absolute path. */
  path: string;
  /** Path as shown to the editor. */
  display: string;
  id: string;
  /** Front matter or YAML data. */
  data: unknown;
  /** Markdown body for .md and .mdx files. */
  body?: string;
  /** 1-based line on which the body starts. */
  bodyLine?: number;
  /** Where this entry sits inside its file: `[3]` for the fourth item of a list file, else empty. */
  prefix: (string | number)[];
  /** Finds the line of a field path (relative to the entry) inside this file. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** How a file path is shown in messages. */
export function displayPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : abs;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    // Same rule as the site build's file patterns: dot-files and files starting with _ are not content.
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (!name.startsWith('_')) out.push(full);
  }
  return out;
}

type ReadResult = { ok: true; text: string } | { ok: false; problem: Problem };

/** Largest content file read: a long profile with three biographies is about 20 KB. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Largest Markdown text under the front matter (a biography or a page). */
export const MAX_BODY_BYTES = 128 * 1024;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function readText(abs: string, display: string): ReadResult {
  const length = statSync(abs).size;
  if (length > MAX_FILE_BYTES)
    return {
      ok: false,
      problem: {
        file: display,
        field: '-',
        message: `is ${size(length)}; a content file may be at most ${size(MAX_FILE_BYTES)}: shorten the text (a photo goes in its own file)`,
      },
    };
  const bytes = readFileSync(abs);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { file: display, field: '-', message: 'is not valid UTF-8 text: save the file with UTF-8 encoding' } };
  }
  // TextDecoder drops a leading byte-order mark, which editors on Windows add; it is harmless.
  if (text.trim() === '')
    return {
      ok: false,
      problem: { file: display, field: '-', message: 'is empty: fill it in from the template in content/_templates/ or delete it' },
    };
  return { ok: true, text };
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An entry's id, by the rule the site uses (content-files.ts). */
const idOf = (collection: CollectionName, abs: string, contentDir: string) =>
  entryIdAt(collection, abs, join(contentDir, COLLECTIONS[collection].path));

function parseFile(collection: CollectionName, abs: string, contentDir: string): { file?: SourceFile; problems: Problem[] } {
  const display = displayPath(abs);
  const read = readText(abs, display);
  if (!read.ok) return { problems: [read.problem] };
  const spec = COLLECTIONS[collection];
  const id = idOf(collection, abs, contentDir);

  if (spec.format === 'markdown') {
    const m = FRONT_MATTER.exec(read.text);
    if (!m) {
      return {
        problems: [
          {
            file: display,
            field: '-',
            message: 'has no front matter: the file must start with a line "---", the fields, and another "---"',
            line: 1,
          },
        ],
      };
    }
    const parsed = parseYaml(m[1]!, display, 2);
    const bodyLine = m[0].split('\n').length;
    const bodyBytes = Buffer.byteLength(read.text) - Buffer.byteLength(m[0]);
    if (bodyBytes > MAX_BODY_BYTES)
      parsed.problems.push({
        file: display,
        field: 'body',
        message: `is ${size(bodyBytes)}; the text under the front matter may be at most ${size(MAX_BODY_BYTES)}: shorten it`,
        line: bodyLine,
      });
    return {
      problems: parsed.problems,
      file: parsed.problems.length
        ? undefined
        : {
            collection,
            path: abs,
            display,
            id,
            data: parsed.data ?? {},
            body: read.text.slice(m[0].length),
            bodyLine,
            prefix: [],
            lineOf: parsed.lineOf,
          },
    };
  }
  const parsed = parseYaml(read.text, display);
  return {
    problems: parsed.problems,
    file: parsed.problems.length ? undefined : { collection, path: abs, display, id, data: parsed.data, prefix: [], lineOf: parsed.lineOf },
  };
}

export interface ContentTree {
  files: SourceFile[];
  /** Entries whose file exists but could not be read: what refers to them is not reported a second time. */
  unreadable: { collection: CollectionName; id: string }[];
  /** The site settings file, when it could be read. */
  site?: SourceFile;
  problems: Problem[];
}

/** Reads every collection under `contentDir`, or only those named in `only`. */
export function readContentTree(contentDir: string, only?: readonly CollectionName[]): ContentTree {
  const files: SourceFile[] = [];
  const unreadable: ContentTree['unreadable'] = [];
  const problems: Problem[] = [];
  let site: SourceFile | undefined;

  const sitePath = join(contentDir, SITE_FILE);
  if (!existsSync(sitePath)) {
    problems.push({
      file: displayPath(sitePath),
      field: '-',
      message: 'is missing: copy site.yaml from the repository\u2019s content/ folder and adapt it',
    });
  } else {
    const read = readText(sitePath, displayPath(sitePath));
    if (!read.ok) problems.push(read.problem);
    else {
      const parsed = parseYaml(read.text, displayPath(sitePath));
      problems.push(...parsed.problems);
      if (!parsed.problems.length) {
        site = {
          collection: 'site',
          path: sitePath,
          display: displayPath(sitePath),
          id: 'site',
          data: parsed.data,
          prefix: [],
          lineOf: parsed.lineOf,
        };
      }
    }
  }

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    if (only && !only.includes(name)) continue;
    const target = join(contentDir, spec.path);
    if (spec.format === 'list') {
      if (!existsSync(target)) {
        problems.push({ file: displayPath(target), field: '-', message: `is missing: create it with the list of ${name}` });
        continue;
      }
      const display = displayPath(target);
      const read = readText(target, display);
      if (!read.ok) {
        problems.push(read.problem);
        continue;
      }
      const parsed = parseYaml(read.text, display);
      problems.push(...parsed.problems);
      if (parsed.problems.length) continue;
      if (!Array.isArray(parsed.data)) {
        problems.push({ file: display, field: '-', message: 'must be a list: start each entry with "- id: ..."' });
        continue;
      }
      parsed.data.forEach((item: unknown, i: number) => {
        const id =
          item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : `#${i}`;
        files.push({ collection: name, path: target, display, id, data: item, prefix: [i], lineOf: (path) => parsed.lineOf([i, ...path]) });
      });
      continue;
    }
    // Prose pages may also be MDX (written like Markdown; see mdxProblems).
    const extensions: readonly string[] = spec.extensions;
    for (const abs of walk(target)) {
      const ext = extname(abs).toLowerCase();
      if (!extensions.includes(ext)) {
        if (['.md', '.mdx', '.markdown', '.yaml', '.yml', '.json', '.txt'].includes(ext)) {
          problems.push({
            file: displayPath(abs),
            field: '-',
            message: `is not read here: files in ${spec.path}/ must end in ${extensions.join(' or ')}`,
          });
        }
        continue;
      }
      const result = parseFile(name, abs, contentDir);
      problems.push(...result.problems);
      if (result.file) files.push(result.file);
      else unreadable.push({ collection: name, id: idOf(name, abs, contentDir) });
    }
  }
  return { files, unreadable, site, problems };
}
