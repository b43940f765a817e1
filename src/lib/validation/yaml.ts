/**
 * YAML as content files may write it: YAML 1.2 core types only, no
 * duplicate keys, no alias bombs; every problem points at its line.
 */
import { LineCounter, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import { formatPath } from './messages';
import type { Problem, SourceFile } from './read';

/** Maps a field path to a 1-based line in a parsed YAML document. */
function lineFinder(doc: Document, counter: LineCounter, firstLine: number) {
  return (path: readonly (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
}

export interface ParsedYaml {
  data: unknown;
  lineOf: SourceFile['lineOf'];
  problems: Problem[];
}

/** The tags a content file may carry: the YAML 1.2 core types. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** The field a YAML node belongs to, from the nodes above it, e.g. `visits[0].host`. */
function fieldOf(ancestors: readonly unknown[], node: unknown): string {
  const path: (string | number)[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const here = chain[i];
    const next = chain[i + 1];
    if (isPair(here) && next === here.value && isScalar(here.key)) path.push(String(here.key.value));
    if (isSeq(here)) path.push(here.items.indexOf(next as never));
  }
  return path.length ? formatPath(path) : '-';
}

/** Parses YAML with the safety limits the site needs: no duplicate keys, no alias bombs, YAML 1.2 core types only. */
export function parseYaml(text: string, display: string, firstLine = 1): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, lineCounter: counter, prettyErrors: true });
  const problems: Problem[] = doc.errors.map((e) => {
    const line = e.linePos?.[0]?.line;
    const at = line ? { line: line + firstLine - 1 } : {};
    if (e.code === 'DUPLICATE_KEY') {
      const key = line ? /^\s*(?:-\s+)?["']?([^:#"']+?)["']?\s*:/.exec(text.split('\n')[line - 1] ?? '')?.[1] : undefined;
      return { file: display, field: key ?? '-', message: 'is written twice: keep one of the two', ...at };
    }
    const reason = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { file: display, field: '-', message: `is not valid YAML (${reason}): check indentation, colons and quotes`, ...at };
  });
  // Only the YAML 1.2 core types: a tag such as !!js/function or !!binary is refused, not read as text.
  visit(doc, (_key, node, ancestors) => {
    if (!isNode(node) || !node.tag || CORE_TAGS.has(node.tag)) return;
    const line = node.range ? { line: counter.linePos(node.range[0]).line + firstLine - 1 } : {};
    problems.push({
      file: display,
      field: fieldOf(ancestors, node),
      message: `is marked with the YAML tag ${node.tag.replace('tag:yaml.org,2002:', '!!')}, which content files may not use: remove the tag and write the value as plain text`,
      ...line,
    });
  });
  let data: unknown = undefined;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 50 });
    } catch (e) {
      problems.push({
        file: display,
        field: '-',
        message: `cannot be read: ${(e as Error).message}; write the values out instead of using YAML aliases (*name)`,
      });
    }
  }
  return { data, lineOf: lineFinder(doc, counter, firstLine), problems };
}
