import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanFile, scanTree } from './literal-scan';

const ROOT = join(__dirname, '../../..');

/** Folders whose every visible string goes through i18next; I18N_SCAN=src/features/x checks one more. */
const TRANSLATED = ['src/i18n', ...(process.env.I18N_SCAN ? process.env.I18N_SCAN.split(',') : [])];

describe('no untranslated words in the UI', () => {
  it.each(TRANSLATED)('%s', (dir) => {
    const found = scanTree(join(ROOT, dir), ROOT).map((l) => `${l.file}:${l.line} ${l.text}`);
    expect(found).toEqual([]);
  });

  it('the scanner finds JSX text and visible attributes, and ignores symbols and the product name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const file = join(dir, 'Sample.tsx');
    writeFileSync(
      file,
      [
        'export const A = () => (',
        '  <div aria-label="Close dialog" title={t("x")}>',
        '    Save changes',
        '    {"Delete client"}',
        '    <span>Coachbook · {count} h</span>',
        '    <input placeholder={t("y")} />',
        '  </div>',
        ');',
      ].join('\n'),
    );
    expect(scanFile(file, dir).map((l) => `${l.line} ${l.text}`)).toEqual([
      '2 Close dialog',
      '3 Save changes',
      '4 Delete client',
    ]);
  });
});
