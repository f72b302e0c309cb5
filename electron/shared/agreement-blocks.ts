/**
 * Agreement text is plain text with three marks: '# ' title, '## ' section heading,
 * '- ' bullet item; blank lines separate paragraphs. One parser for the on-screen
 * preview and the PDF, so both show the same document. Never HTML.
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] };

export function parseAgreementText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let bullets: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    if (bullets) blocks.push({ kind: 'bullets', items: bullets });
    paragraph = [];
    bullets = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      flush();
    } else if (line.startsWith('## ')) {
      flush();
      blocks.push({ kind: 'heading', text: line.slice(3).trim() });
    } else if (line.startsWith('# ')) {
      flush();
      blocks.push({ kind: 'title', text: line.slice(2).trim() });
    } else if (/^[-*•] /.test(line)) {
      if (paragraph.length > 0) flush();
      bullets ??= [];
      bullets.push(line.slice(2).trim());
    } else if (bullets && bullets.length > 0 && /^\s{2,}/.test(raw)) {
      // An indented line continues the previous bullet.
      bullets[bullets.length - 1] += ` ${line}`;
    } else {
      if (bullets) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
