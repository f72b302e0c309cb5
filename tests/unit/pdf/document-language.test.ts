import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAgreementPdf } from '../../../electron/core/pdf/agreement-pdf';
import { recoveryKeyPdf } from '../../../electron/core/practice/recovery-pdf';
import { FONTS_DIR, writeAndRead } from '../reports/fixture';

// The frame words of the agreement PDF and the recovery-key sheet follow the coach's language (issue 8);
// the agreement text itself is the coach's template and stays as written.

const NOW = new Date('2025-03-14T10:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'coachbook-doc-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AGREEMENT = {
  title: 'Coaching agreement',
  practiceName: 'Marín Coaching',
  coachName: 'Sofía Marín',
  body: '## Scope\nWe meet every two weeks.',
  signatures: [
    { partyLabel: 'Cliente', signerName: 'Ana Pérez', signedOn: '2025-03-10', drawingPng: null },
    { partyLabel: 'Coach', signerName: null, signedOn: null, drawingPng: null },
  ],
};

describe('the agreement PDF frame', () => {
  it('is in Spanish, with the agreement text as the coach wrote it', async () => {
    const read = writeAndRead(
      await renderAgreementPdf(
        { ...AGREEMENT, status: 'draft' },
        { fontsDir: FONTS_DIR, now: NOW, language: 'es' },
      ),
      dir,
      'agreement-es',
    );
    for (const words of [
      'BORRADOR',
      'Coach: Sofía Marín',
      'Firmas',
      'Firma',
      'Nombre',
      'Fecha',
      '10 de marzo de 2025',
      'Generado el 14 de marzo de 2025',
      'no apto para firma',
      'Página 1 de 1',
      'We meet every two weeks.',
    ]) {
      expect(read.text, words).toContain(words);
    }
    for (const words of ['DRAFT', 'Signatures', 'Generated', 'Page 1 of', '10 March 2025']) {
      expect(read.text, words).not.toContain(words);
    }
  });

  it('stays in English by default', async () => {
    const read = writeAndRead(
      await renderAgreementPdf({ ...AGREEMENT, status: 'signed' }, { fontsDir: FONTS_DIR, now: NOW }),
      dir,
      'agreement-en',
    );
    expect(read.text).toContain('SIGNED');
    expect(read.text).toContain('Signatures');
    expect(read.text).toContain('Page 1 of 1');
  });
});

describe('the recovery key sheet', () => {
  it('is in Spanish when the coach reads Coachbook in Spanish', async () => {
    const read = writeAndRead(
      await recoveryKeyPdf({
        practiceName: 'Marín Coaching',
        recoveryKey: 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX',
        fontsDir: FONTS_DIR,
        now: NOW,
        language: 'es',
      }),
      dir,
      'recovery-es',
    );
    const flat = read.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Clave de recuperación de Coachbook');
    expect(flat).toContain('Práctica: Marín Coaching');
    expect(flat).toContain('¿Olvidaste tu frase de contraseña?');
    expect(flat).toContain('ABCD-EFGH-IJKL');
    expect(flat).not.toContain('recovery key');
    expect(read.info).toMatch(/^Title:\s+Clave de recuperación de Coachbook$/m);
  });
});
