import { afterEach, describe, expect, it } from 'vitest';
import type { ImportColumnInfo, ImportRowPreview } from '../../../electron/shared/hour-import';
import { msg } from '../../../electron/shared/messages';
import { cellDisplay } from '../../../src/features/hours/import/format';
import { applyPreferences, messageText } from '../../../src/i18n';

/** The import preview's words in the renderer: cells read in a fixed form, row errors and notes as references. */

const speak = (language: 'en' | 'es') =>
  applyPreferences({ language, dateFormat: 'locale', weekStart: 'locale' });
afterEach(() => speak('en'));

const row = (cells: ImportRowPreview['cells']): ImportRowPreview => ({
  line: 2,
  cells,
  fields: null,
  errors: [],
  duplicate: false,
});
const column = (key: ImportColumnInfo['key'], unit?: ImportColumnInfo['unit']): ImportColumnInfo => ({
  key,
  header: key,
  ...(unit ? { unit } : {}),
});

describe('cells of the import preview', () => {
  const read = row({
    mode: 'group',
    payment: 'pro-bono',
    paidHours: '1.5',
    groupSize: '6',
    startDate: '2025-04-03',
    clientName: 'Nguyễn Thị Lan',
  });

  it('words and formats what was read in English', () => {
    speak('en');
    expect(cellDisplay(read, column('mode'))).toBe('Group');
    expect(cellDisplay(read, column('payment'))).toBe('Pro bono');
    expect(cellDisplay(read, column('paidHours'))).toBe('1.5');
    expect(cellDisplay(read, column('groupSize'))).toBe('6');
    expect(cellDisplay(row({ duration: '90' }), column('duration', 'minutes'))).toBe('90 min');
    expect(cellDisplay(row({ duration: '1.25' }), column('duration', 'hours'))).toBe('1.25 h');
    expect(cellDisplay(read, column('clientName'))).toBe('Nguyễn Thị Lan');
  });

  it('words and formats what was read in Spanish', () => {
    speak('es');
    expect(cellDisplay(read, column('mode'))).toBe('Grupal');
    expect(cellDisplay(row({ mode: 'individual' }), column('mode'))).toBe('Individual');
    expect(cellDisplay(read, column('payment'))).toBe('Pro bono');
    expect(cellDisplay(row({ payment: 'paid' }), column('payment'))).toBe('Remunerada');
    expect(cellDisplay(read, column('paidHours'))).toBe('1,5');
    expect(cellDisplay(row({ duration: '1.25' }), column('duration', 'hours'))).toBe('1,25 h');
    expect(cellDisplay(read, column('startDate'))).toBe('3 abr 2025');
  });

  it('shows a cell it could not read as the file wrote it', () => {
    speak('es');
    expect(cellDisplay(row({ paidHours: '=1+1' }), column('paidHours'))).toBe('=1+1');
    expect(cellDisplay(row({ mode: 'Couple' }), column('mode'))).toBe('Couple');
    expect(cellDisplay(row({ startDate: '31/02/2025' }), column('startDate'))).toBe('31/02/2025');
  });
});

describe('row errors and notes of the import preview', () => {
  it('are shown in the coach’s language, counts with their plural', () => {
    const totals = msg('errors:hourImport.note.totalsRow', { line: 6 });
    const refused = (count: number) => msg('errors:hourImport.preview.rowsWithErrors', { count });
    speak('en');
    expect(messageText(totals)).toBe('Row 6 is a totals row: it was skipped.');
    expect(messageText(msg('errors:hourImport.cell.notHours'))).toBe(
      'This is not a number of hours. Use 1.5, 1,5 or 1:30.',
    );
    expect(messageText(refused(1))).toBe(
      '1 row has errors. Fix it in the file and choose it again: nothing was imported.',
    );
    expect(messageText(refused(2))).toBe(
      '2 rows have errors. Fix them in the file and choose it again: nothing was imported.',
    );
    speak('es');
    expect(messageText(totals)).toBe('La fila 6 es una fila de totales: se omitió.');
    expect(messageText(msg('errors:date.endBeforeStart'))).toBe(
      'La fecha de fin es anterior a la fecha de inicio.',
    );
    expect(messageText(refused(1))).toBe(
      '1 fila tiene errores. Corrígela en el archivo y vuelve a elegirlo: no se importó nada.',
    );
    expect(messageText(refused(3))).toBe(
      '3 filas tienen errores. Corrígelas en el archivo y vuelve a elegirlo: no se importó nada.',
    );
    expect(messageText(msg('errors:hourImport.file.tooManyRows', { max: 50_000 }))).toBe(
      'Ese archivo tiene más de 50.000 filas.',
    );
  });
});
