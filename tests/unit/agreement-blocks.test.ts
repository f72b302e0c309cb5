import { describe, expect, it } from 'vitest';
import { parseAgreementText } from '../../electron/shared/agreement-blocks';

describe('agreement text blocks', () => {
  it('reads titles, headings, paragraphs and bullets', () => {
    const blocks = parseAgreementText(
      '# Coaching agreement\n\nFirst line\nsecond line.\n\n## Roles\n- The client sets goals.\n- The coach asks\n  questions.\nAfter list.\r\n',
    );
    expect(blocks).toEqual([
      { kind: 'title', text: 'Coaching agreement' },
      { kind: 'paragraph', text: 'First line second line.' },
      { kind: 'heading', text: 'Roles' },
      { kind: 'bullets', items: ['The client sets goals.', 'The coach asks questions.'] },
      { kind: 'paragraph', text: 'After list.' },
    ]);
  });

  it('keeps markup-looking text as text', () => {
    const blocks = parseAgreementText('<script>alert(1)</script> & <b>bold</b>');
    expect(blocks).toEqual([{ kind: 'paragraph', text: '<script>alert(1)</script> & <b>bold</b>' }]);
  });
});
