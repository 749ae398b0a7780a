/**
 * The article Markdown format: YAML frontmatter (see schema.ts) and a body of
 * passages, each introduced by a marker comment that carries its id, kind and story:
 *
 *     <!-- p-1a2b3c4d paragraph s-5e6f7a8b -->
 *
 *     習近平指出，……
 *
 * Headlines are written as `##` headings, sub-headlines as `###`, every other kind as
 * a paragraph. The tree is built as mdast and written with remark-stringify, so text
 * that looks like Markdown or HTML is escaped, and read back with remark-parse.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Root, RootContent } from 'mdast';
import { passageKinds, type Passage, type PassageKind } from '../schema.ts';
import { hash64 } from '../hash.ts';
import { plainYaml } from './plain-yaml.ts';

const MARKER = /^<!--\s*(p-[a-z0-9-]+)\s+([a-z-]+)\s+(s-[a-z0-9-]+)\s*-->$/;

/** Builds the mdast tree of an article body from its passages. */
export function passagesToTree(passages: readonly Passage[]): Root {
  const children: RootContent[] = [];
  for (const p of passages) {
    children.push({ type: 'html', value: `<!-- ${p.id} ${p.kind} ${p.story} -->` });
    const text = { type: 'text' as const, value: p.text };
    if (p.kind === 'headline' || p.kind === 'subheadline') {
      children.push({ type: 'heading', depth: p.kind === 'headline' ? 2 : 3, children: [text] });
    } else {
      children.push({ type: 'paragraph', children: [text] });
    }
  }
  return { type: 'root', children };
}

const writer = unified().use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' }).use(remarkFrontmatter, ['yaml']);
const reader = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Serialises frontmatter as YAML with every string quoted (dates stay strings). */
export function frontmatterToYaml(data: Record<string, unknown>): string {
  // The usual shape is written directly, byte for byte as the yaml package writes it; anything else goes to the package.
  const yaml =
    plainYaml(data) ??
    stringifyYaml(data, {
      defaultStringType: 'QUOTE_DOUBLE',
      defaultKeyType: 'PLAIN',
      lineWidth: 0,
    });
  return yaml.trimEnd();
}

/** Writes an article (frontmatter without `generated`, and passages) as Markdown. */
export function renderArticle(frontmatter: Record<string, unknown>, passages: readonly Passage[]): string {
  const { generated: _ignored, ...rest } = frontmatter;
  const draft = serialize(rest, passagesToTree(passages));
  // `generated:` is the frontmatter's last line: the hash of the file without it. Adding
  // it to the written text (not stringifying the tree again) halves the cost of a write.
  const close = draft.indexOf('\n---\n', 3);
  return `${draft.slice(0, close)}\n${frontmatterToYaml({ generated: generatedHash(draft) })}${draft.slice(close)}`;
}

function serialize(data: Record<string, unknown>, body: Root): string {
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: frontmatterToYaml(data) }, ...body.children] };
  return String(writer.stringify(tree));
}

/** The hash recorded in `generated:`: of the file as written, without that line. */
export function generatedHash(markdownWithoutGenerated: string): string {
  return hash64(markdownWithoutGenerated);
}

/** A parsed article file: its raw frontmatter object and its passages. */
export interface ParsedArticle {
  data: Record<string, unknown>;
  passages: Passage[];
  /** True when the file is byte for byte what ingest wrote (no editor changes). */
  pristine: boolean;
}

/** Reads an article Markdown file back into frontmatter and passages. */
export function parseArticle(markdown: string): ParsedArticle {
  const tree = reader.parse(markdown);
  let data: Record<string, unknown> = {};
  const first = tree.children[0];
  if (first && first.type === 'yaml') {
    const parsed: unknown = parseYaml(first.value);
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  }
  return { data, passages: passagesFromTree(tree), pristine: isPristine(markdown, data) };
}

/** Reads only the passages of an article body (frontmatter already stripped or not). */
export function parseBody(body: string): Passage[] {
  return passagesFromTree(reader.parse(body));
}

function passagesFromTree(tree: Root): Passage[] {
  const passages: Passage[] = [];
  let current: { id: string; kind: PassageKind; story: string } | null = null;
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'html') {
      const m = MARKER.exec(node.value.trim());
      if (m && (passageKinds as readonly string[]).includes(m[2]!)) {
        current = { id: m[1]!, kind: m[2] as PassageKind, story: m[3]! };
      }
      continue;
    }
    const text = toString(node).trim();
    if (!text) continue;
    const last = passages[passages.length - 1];
    if (current) {
      passages.push({ ...current, text });
      current = null;
    } else if (last) {
      // Text an editor added without a marker belongs to the passage above it.
      last.text += '\n\n' + text;
    }
  }
  return passages;
}

function isPristine(markdown: string, data: Record<string, unknown>): boolean {
  const recorded = data.generated;
  if (typeof recorded !== 'string') return false;
  // `generated:` is the last frontmatter line; without it the file is what was hashed.
  return generatedHash(markdown.replace(/^generated: .*\n/m, '')) === recorded;
}
