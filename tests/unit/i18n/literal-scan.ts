import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds words written straight into the UI instead of through i18next: JSX text and the
 * user-visible attributes (aria-label, title, placeholder, alt, label). Symbols, numbers
 * and the product name are not words to translate.
 */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
]);
const NOT_WORDS =
  /^(Coachbook|ICF|EMCC|CCE|PDF|CSV|XLSX|Ctrl|Cmd|Esc|Enter|Tab|Shift|Alt|[A-Z]|[a-z]{1,2}|h|min)$/;

export interface Literal {
  file: string;
  line: number;
  text: string;
}

function hasWords(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return words.some((w) => !NOT_WORDS.test(w));
}

export function scanFile(path: string, root: string): Literal[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file: relative(root, path),
      line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim().replace(/\s+/g, ' '),
    });
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) && hasWords(init.text)) report(node, init.text);
      if (ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)) {
        if (hasWords(init.expression.text)) report(node, init.expression.text);
      }
    }
    if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression)) {
      if (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) {
        if (hasWords(node.expression.text)) report(node, node.expression.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function scanTree(dir: string, root: string): Literal[] {
  const out: Literal[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...scanTree(path, root));
    else if (name.endsWith('.tsx')) out.push(...scanFile(path, root));
  }
  return out;
}
