import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AgreementDocument,
  formatGeneratedDate,
  formatSignedOn,
  parseAgreementBody,
  renderAgreementPdf,
} from '../../../electron/core/pdf/agreement-pdf';
import { scribblePng } from '../../helpers/png';

// Needs poppler-utils (pdftotext, pdfinfo, pdffonts, pdfimages, pdftoppm); .ci/run installs it.
const FONTS_DIR = resolve(__dirname, '../../../resources/fonts');
const NOW = new Date(2025, 2, 14, 12, 0, 0);
/** Page images for a person to look at after the run. */
const PREVIEW_DIR = join(tmpdir(), 'coachbook-pdf-preview');

/** A valid 1×1 black PNG. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
  'base64',
);

const FILLER = [
  'Coaching works best when both of us are candid. The client agrees to say when something is not working, and the coach agrees to adapt the approach, offer alternatives, or suggest a different kind of support.',
  'Between sessions the client may write to the coach with short questions or updates. The coach will usually reply within two working days; longer conversations are kept for the sessions themselves.',
  'Notes taken during sessions belong to the coaching relationship. They are kept encrypted on the coach’s computer, are never shared with a sponsor, and are deleted six years after the relationship ends unless the law requires otherwise.',
];

function agreementBody(extraSections: number): string {
  const parts = [
    '# Coaching agreement',
    '',
    'This agreement is between Nguyễn Thị Lan ("the client"), sponsored by Hanoi Trading Co. represented by محمد, and Zoë Brontë of Brontë & 李雷 Coaching ("the coach"). It sets out how we will work together, so that we both know what to expect.',
    '',
    'Client: محمد Nguyễn 李雷 ノート',
    '',
    '## What coaching is, and what it is not',
    '',
    'Coaching is a partnership in which the client sets their own goals and the coach helps them think, decide and act. It is future-focused: it looks at where the client wants to go and how to get there.',
    '',
    '## Our roles',
    '',
    '- The client sets the agenda and goals, decides what actions to take, and is responsible for their own choices and results.',
    '- The coach listens, asks questions, offers observations and tools, and holds the client accountable to the commitments the client makes.',
    '- Where a sponsor pays for the coaching, the sponsor may be told whether sessions took place.',
    '',
  ];
  for (let i = 1; i <= extraSections; i++) {
    parts.push(`## Working arrangement ${i}`, '');
    for (const p of FILLER) parts.push(p, '');
  }
  parts.push('## Agreement', '', 'By signing below we agree to work together on these terms.');
  return parts.join('\n');
}

function agreement(status: AgreementDocument['status'], signed: boolean): AgreementDocument {
  return {
    title: 'Coaching agreement',
    practiceName: 'Brontë & 李雷 Coaching',
    coachName: 'Zoë Brontë',
    body: agreementBody(7),
    status,
    signatures: [
      {
        partyLabel: 'Client',
        signerName: 'Nguyễn Thị Lan',
        signedOn: signed ? '2025-03-10' : null,
        drawingPng: signed ? scribblePng() : null,
      },
      {
        partyLabel: 'Coach',
        signerName: 'Zoë Brontë',
        signedOn: signed ? '2025-03-11' : null,
        drawingPng: signed ? scribblePng(300, 90, 2) : null,
      },
      // Signed on paper: typed name and date, no drawing.
      {
        partyLabel: 'Sponsor',
        signerName: 'محمد',
        signedOn: signed ? '12 March 2025' : null,
        drawingPng: null,
      },
      { partyLabel: 'Witness', signerName: signed ? '李雷' : null, signedOn: null, drawingPng: null },
    ],
  };
}

interface Rendered {
  pdfPath: string;
  text: string;
  pages: number;
  info: string;
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8' });
}

async function renderToDisk(doc: AgreementDocument, name: string): Promise<Rendered> {
  const pdf = await renderAgreementPdf(doc, { fontsDir: FONTS_DIR, now: NOW });
  const dir = mkdtempSync(join(tmpdir(), 'coachbook-pdf-'));
  const pdfPath = join(dir, `${name}.pdf`);
  writeFileSync(pdfPath, pdf);
  const info = run('pdfinfo', [pdfPath]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  // pdftotext wraps right-to-left text in RLE…PDF marks; strip them so strings compare plainly.
  const text = run('pdftotext', ['-layout', pdfPath, '-']).replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  return { pdfPath, text, pages, info };
}

describe('parseAgreementBody', () => {
  it('recognises the title, headings, bullets and paragraphs, joining continuation lines', () => {
    const body =
      '# Title\n\nFirst line\ncontinues here.\n\n## Section\n- one\n  more\n- two\nAfter\n\nPara\r\n';
    expect(parseAgreementBody(body)).toEqual([
      { kind: 'title', text: 'Title' },
      { kind: 'paragraph', text: 'First line continues here.' },
      { kind: 'heading', text: 'Section' },
      { kind: 'bullet', text: 'one more' },
      { kind: 'bullet', text: 'two' },
      // An unindented line after a list starts a paragraph, as in the on-screen preview.
      { kind: 'paragraph', text: 'After' },
      { kind: 'paragraph', text: 'Para' },
    ]);
  });

  it('treats markup-looking text without the marker space, and HTML, as paragraph text', () => {
    expect(parseAgreementBody('#NoSpace\n\n<b>bold</b>')).toEqual([
      { kind: 'paragraph', text: '#NoSpace' },
      { kind: 'paragraph', text: '<b>bold</b>' },
    ]);
  });
});

describe('formatting helpers', () => {
  it('spells out ISO signature dates and leaves other text alone', () => {
    expect(formatSignedOn('2025-03-10')).toBe('10 March 2025');
    expect(formatSignedOn('on paper, March 2025')).toBe('on paper, March 2025');
  });

  it('formats the generated date as a day, month and year', () => {
    expect(formatGeneratedDate(NOW)).toBe('14 March 2025');
  });
});

describe('renderAgreementPdf', () => {
  let signed: Rendered;
  let draft: Rendered;

  beforeAll(async () => {
    signed = await renderToDisk(agreement('signed', true), 'signed');
    draft = await renderToDisk(agreement('draft', false), 'draft');
    mkdirSync(PREVIEW_DIR, { recursive: true });
    for (const [r, name] of [
      [signed, 'signed'],
      [draft, 'draft'],
    ] as const) {
      const page = (n: number, file: string) =>
        run('pdftoppm', ['-png', '-r', '60', '-f', `${n}`, '-l', `${n}`, '-singlefile', r.pdfPath, file]);
      page(1, join(PREVIEW_DIR, `${name}-first`));
      page(r.pages, join(PREVIEW_DIR, `${name}-last`));
    }
  }, 60_000);

  it('writes a multi-page A4 PDF with a page count and metadata', () => {
    expect(signed.pages).toBeGreaterThanOrEqual(3);
    expect(signed.info).toMatch(/^Title:\s+Coaching agreement$/m);
    expect(signed.info).toMatch(/^Creator:\s+Coachbook$/m);
    expect(signed.info).toMatch(/^Producer:\s+Coachbook$/m);
    expect(signed.info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
  });

  it('numbers every page "Page N of M" with the real page count', () => {
    const n = signed.pages;
    for (let i = 1; i <= n; i++) expect(signed.text).toContain(`Page ${i} of ${n}`);
    expect(signed.text).not.toContain(`Page ${n + 1} of`);
    // One footer per page, each with the generation date.
    expect(signed.text.match(/Generated 14 March 2025/g)).toHaveLength(n);
  });

  it('puts the practice name in the header of every page', () => {
    const pages = signed.text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(signed.pages);
    for (const page of pages)
      expect(page.split('\n').slice(0, 3).join('\n')).toContain('Brontë & 李雷 Coaching');
  });

  it('shows the title, headings and body text, without repeating the title heading', () => {
    expect(signed.text).toContain('Coaching agreement');
    expect(signed.text).toContain('What coaching is, and what it is not');
    expect(signed.text).toContain('Our roles');
    expect(signed.text).toContain('Working arrangement 7');
    expect(signed.text).toContain('Signatures');
    const firstPage = signed.text.split('\f')[0] ?? '';
    // The header has the title once and the title block once; the body's "# Coaching agreement" is dropped.
    expect(firstPage.match(/Coaching agreement/g)).toHaveLength(2);
  });

  it('renders names in Latin, Vietnamese, CJK and Arabic scripts as real text', () => {
    for (const name of ['Nguyễn Thị Lan', 'Zoë Brontë', '李雷', 'ノート'])
      expect(signed.text).toContain(name);
    // Arabic is shaped into contextual forms; the ToUnicode map turns them back into the
    // letters, and pdftotext restores reading order, so the logical string comes out.
    expect(signed.text).toContain('محمد');
    // pdftotext moves the space next to an RTL run to its other side ("Client:  محمدNguyễn"),
    // so only the order of the pieces is checked.
    expect(signed.text).toMatch(/Client:\s*محمد\s*Nguyễn 李雷 ノート/);
  });

  it('embeds only the bundled fonts, never a standard Helvetica', () => {
    const fonts = run('pdffonts', [signed.pdfPath]);
    expect(fonts).not.toMatch(/Helvetica/);
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'DroidSansFallback']) {
      expect(fonts).toMatch(new RegExp(`\\+${name}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
    }
  });

  it('fills the signature block: drawings, typed names and dates', () => {
    const images = run('pdfimages', ['-list', signed.pdfPath])
      .split('\n')
      .filter((l) => /^\s*\d+\s+\d+\s+image/.test(l));
    // The two drawings (each PNG with alpha also carries an soft mask, listed as 'smask').
    expect(images).toHaveLength(2);
    const lastPage =
      signed.text
        .split('\f')
        .filter((p) => p.trim() !== '')
        .at(-1) ?? '';
    for (const s of ['Client', 'Coach', 'Sponsor', 'Witness', 'Signature', 'Name', 'Date']) {
      expect(lastPage).toContain(s);
    }
    expect(lastPage).toContain('10 March 2025');
    expect(lastPage).toContain('11 March 2025');
    expect(lastPage).toContain('12 March 2025');
    expect(lastPage).toContain('محمد');
    // Header's practice name plus the witness's typed name.
    expect(lastPage.match(/李雷/g)).toHaveLength(2);
  });

  it('leaves blank lines to sign on paper when nobody has signed', () => {
    expect(run('pdfimages', ['-list', draft.pdfPath])).not.toMatch(/^\s*\d+\s+\d+\s+image/m);
    const lastPage =
      draft.text
        .split('\f')
        .filter((p) => p.trim() !== '')
        .at(-1) ?? '';
    // No signing dates: the only date on the page is the footer's generation date.
    expect(lastPage.match(/\d{1,2} March 2025/g)).toEqual(['14 March 2025']);
    // Typed names are shown when known even before signing; the witness's is a blank line.
    expect(lastPage).toContain('Nguyễn Thị Lan');
    // 李雷 is the witness only in the signed copy; here it appears just in the header's practice name.
    expect(lastPage.match(/李雷/g)).toHaveLength(1);
  });

  it('labels a draft as DRAFT on every page, and a signed agreement never', () => {
    expect(draft.text).toContain('DRAFT');
    const draftPages = draft.text.split('\f').filter((p) => p.trim() !== '');
    for (const page of draftPages) expect(page).toContain('DRAFT');
    expect(signed.text).not.toMatch(/draft/i);
    expect(signed.text).toContain('SIGNED');
  });

  it('rasterises cleanly (page images for review)', () => {
    for (const name of ['signed-first', 'signed-last', 'draft-first', 'draft-last']) {
      const file = join(PREVIEW_DIR, `${name}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file).subarray(1, 4).toString('ascii')).toBe('PNG');
    }
  });

  it('renders a one-page document with a single party and a Arabic title', async () => {
    const small = await renderToDisk(
      {
        title: 'اتفاقية التدريب',
        practiceName: 'محمد Coaching',
        coachName: 'محمد',
        body: 'A short agreement.',
        status: 'sent',
        // The smallest valid drawing still embeds.
        signatures: [{ partyLabel: 'Client', signerName: null, signedOn: null, drawingPng: ONE_PIXEL_PNG }],
      },
      'small',
    );
    expect(small.pages).toBe(1);
    expect(small.text).toContain('Page 1 of 1');
    expect(small.text).toContain('A short agreement.');
    expect(small.info).toMatch(/^Title:\s+اتفاقية التدريب$/m);
    expect(run('pdfimages', ['-list', small.pdfPath])).toMatch(/^\s*1\s+0\s+image\s+1\s+1\s/m);
  });
});
