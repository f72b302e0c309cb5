import { parseAgreementText } from '../../../electron/shared/agreement-blocks';

/** The agreement as a reader sees it: built from text blocks, never from HTML. */
export function AgreementText({ text }: { text: string }) {
  const blocks = parseAgreementText(text);
  return (
    <article className="agreement-text" dir="auto">
      {blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        switch (block.kind) {
          case 'title':
            return <h2 key={key}>{highlightFields(block.text)}</h2>;
          case 'heading':
            return <h3 key={key}>{highlightFields(block.text)}</h3>;
          case 'paragraph':
            return <p key={key}>{highlightFields(block.text)}</p>;
          case 'bullets':
            return (
              <ul key={key}>
                {block.items.map((item, j) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity beyond position
                  <li key={j}>{highlightFields(item)}</li>
                ))}
              </ul>
            );
        }
        return null;
      })}
    </article>
  );
}

/** Unfilled merge fields stand out so the coach fills them before sending. */
function highlightFields(text: string) {
  const parts = text.split(/(\{\{[^}]*\}\})/g);
  return parts.map((part, i) =>
    part.startsWith('{{') ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one string
      <mark key={i} className="unfilled">
        {part}
      </mark>
    ) : (
      part
    ),
  );
}
