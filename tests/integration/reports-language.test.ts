import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveCoachProfile } from '../../electron/core/coach/profile';
import { buildHourLog } from '../../electron/core/hours/log';
import { writePreferences } from '../../electron/core/preferences';
import { reportHandlers } from '../../electron/core/reports/handlers';
import {
  buildHourLogReport,
  hourLogHeaders,
  hourLogTable,
} from '../../electron/core/reports/hour-log-report';
import { createHandlers } from '../../electron/main/handlers';
import { createRouter } from '../../electron/main/router';
import type { Envelope } from '../../electron/shared/errors';
import type { HourImportPreview, HourImportResult } from '../../electron/shared/hour-import';
import { DEFAULT_PREFERENCES, type Language } from '../../electron/shared/preferences';
import type { CoachProfile } from '../../electron/shared/profile';
import { scribblePng } from '../helpers/png';
import {
  COACH,
  openPractice,
  PREVIEW_DIR,
  type Practice,
  previewFirstPage,
  type ReadPdf,
  readPdf,
  seedPractice,
} from '../unit/reports/fixture';

// The exported documents follow the coach's language (issue 8) and carry the coach's profile (issue 5).
// Needs poppler-utils (pdftotext, pdfinfo, pdfimages, pdftoppm).

const h2 = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
/** Every "1234,50" / "12.345,50"-style number on a line (Spanish decimal comma), as numbers. */
const spanishDecimals = (line: string) =>
  [...line.matchAll(/(?<![\d,.])\d{1,3}(?:\.\d{3})*,\d{2}(?![\d,])|(?<![\d,.])\d{4,},\d{2}(?![\d,])/g)].map(
    (m) => Number(m[0].replace(/\./g, '').replace(',', '.')),
  );
const englishDecimals = (line: string) =>
  [...line.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.])/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );

const SIGNATURE = `data:image/png;base64,${scribblePng().toString('base64')}`;
const PROFILE: CoachProfile = {
  name: COACH,
  credentials: [
    { body: 'ICF', credential: 'PCC', memberNumber: '004512' },
    { body: 'EMCC', credential: 'Senior Practitioner', memberNumber: '' },
  ],
  email: 'sofia@marin-coaching.example',
  signature: SIGNATURE,
};

let p: Practice;
let out: string;

function setLanguage(language: Language): void {
  writePreferences(p.practices.dataDir, { ...DEFAULT_PREFERENCES, language });
}
async function exportTo(name: string, run: () => unknown): Promise<string> {
  const path = join(out, name);
  p.temp.dialogs.nextSavePath = path;
  await expect(Promise.resolve(run())).resolves.toBe(path);
  return path;
}
function images(path: string): number {
  // pdfimages -list: two header lines, then one line per image or soft mask (a PNG's transparency).
  return execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().split(/\s+/)[2] === 'image').length;
}
function totalsLine(read: ReadPdf): string {
  const lines = read.text.split('\n').filter((l) => /^\s*Total\s{2,}/.test(l));
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

beforeAll(() => {
  p = openPractice();
  seedPractice(p);
  saveCoachProfile(p.db, PROFILE);
  out = p.temp.subDir('exports');
});
afterAll(() => p.temp.cleanup());

describe('the client coaching log PDF in each language', () => {
  const read: Partial<Record<Language, ReadPdf>> = {};
  beforeAll(async () => {
    const h = reportHandlers(p.ctx).reports;
    for (const language of ['es', 'en'] as const) {
      setLanguage(language);
      read[language] = readPdf(
        await exportTo(`log-${language}.pdf`, () => h.hourLogPdf({ names: 'full', omitUnlisted: true })),
      );
      previewFirstPage(read[language]?.path as string, `hour-log-${language}`);
      // Kept to look at (docs/images/hour-log-pdf-*.png are its first page).
      copyFileSync(read[language]?.path as string, join(PREVIEW_DIR, `hour-log-${language}.pdf`));
    }
  }, 60_000);

  it('is written in Spanish when the coach reads Coachbook in Spanish', () => {
    const es = read.es as ReadPdf;
    for (const words of [
      'Registro de coaching con clientes',
      'Nombre del cliente',
      'Datos de contacto',
      'Fecha de',
      'remuneradas',
      'Declaración',
      'Declaro que este registro es exacto',
      'Firma',
      `Página 1 de ${es.pageCount}`,
      'Generado el',
      'Confidencial',
      'no figuran porque el cliente no ha dado su consentimiento',
    ]) {
      expect(es.text, words).toContain(words);
    }
    for (const words of [
      'Client Coaching Log',
      'Client name',
      'Paid hours',
      'Attestation',
      'I attest',
      'Page 1 of',
      'Generated',
      'not listed',
    ]) {
      expect(es.text, words).not.toContain(words);
    }
    expect(es.info).toMatch(/^Title:\s+Registro de coaching con clientes$/m);
    expect(es.info).toMatch(/^Subject:\s+Registro de coaching con clientes, Del /m);
  });

  it('has the hour log’s figures, with a decimal comma in Spanish and a point in English', () => {
    const entries = buildHourLog(p.db).entries;
    const paid = entries.reduce((s, e) => s + e.paidMinutes, 0);
    const proBono = entries.reduce((s, e) => s + e.proBonoMinutes, 0);
    const expected = [h2(paid), h2(proBono), h2(paid + proBono)];
    expect(spanishDecimals(totalsLine(read.es as ReadPdf))).toEqual(expected);
    expect(englishDecimals(totalsLine(read.en as ReadPdf))).toEqual(expected);
    const clients = new Set(entries.flatMap((e) => e.clientKeys)).size;
    expect(totalsLine(read.es as ReadPdf)).toContain(`${clients} clientes distintos`);
  });

  it('shows the coach’s name, credentials with member numbers and email under the title', () => {
    expect(read.es?.text).toMatch(
      new RegExp(
        `${COACH}\\s+·\\s+ICF PCC \\(n\\.º de miembro 004512\\) · EMCC Senior Practitioner\\s+·\\s+sofia@marin-coaching\\.example`,
      ),
    );
    expect(read.en?.text).toMatch(
      new RegExp(
        `${COACH}\\s+·\\s+ICF PCC \\(member 004512\\) · EMCC Senior Practitioner\\s+·\\s+sofia@marin-coaching\\.example`,
      ),
    );
  });

  it('places the coach’s signature image on the attestation line, with the name and date', () => {
    expect(images(read.es?.path as string)).toBe(1);
    expect(images(read.en?.path as string)).toBe(1);
    const last = (read.en as ReadPdf).pages.at(-1) as string;
    expect(last).toMatch(new RegExp(`${COACH}\\s+14 March 2025`));
  });

  it('leaves the line blank for a hand signature when the profile has none', async () => {
    saveCoachProfile(p.db, { ...PROFILE, signature: null });
    try {
      setLanguage('en');
      const path = await exportTo('unsigned.pdf', () =>
        reportHandlers(p.ctx).reports.hourLogPdf({ names: 'initials', omitUnlisted: false }),
      );
      expect(images(path)).toBe(0);
      const last = readPdf(path).pages.at(-1) as string;
      expect(last).toMatch(/Signature\s+Name\s+Date/);
      expect(last).not.toMatch(/14 March 2025\s*\n[^\n]*Signature/);
    } finally {
      saveCoachProfile(p.db, PROFILE);
    }
  });
});

describe('the session log PDF in Spanish', () => {
  it('has Spanish headings and words, no English ones, and the coach under the title', async () => {
    setLanguage('es');
    const read = readPdf(
      await exportTo('sessions-es.pdf', () =>
        reportHandlers(p.ctx).reports.sessionLogPdf({ names: 'full', omitUnlisted: true }),
      ),
    );
    for (const words of [
      'Registro de sesiones de coaching',
      'Cliente(s)',
      'Minutos',
      'No listado (sin consentimiento)',
      'Registrado fuera de Coachbook',
      'Solo cuentan las sesiones marcadas como realizadas',
      'ICF PCC (n.º de miembro 004512)',
    ]) {
      expect(read.text, words).toContain(words);
    }
    for (const words of ['Coaching Session Log', 'Client(s)', 'Minutes', 'Not listed', 'Logged outside']) {
      expect(read.text, words).not.toContain(words);
    }
    const entries = buildHourLog(p.db).entries;
    const paid = entries.reduce((s, e) => s + e.paidMinutes, 0);
    const proBono = entries.reduce((s, e) => s + e.proBonoMinutes, 0);
    expect(spanishDecimals(totalsLine(read)).slice(0, 3)).toEqual([
      h2(paid),
      h2(proBono),
      h2(paid + proBono),
    ]);
  });
});

describe('the CSV and XLSX hour logs in Spanish', () => {
  let csvPath: string;
  let xlsxPath: string;
  beforeAll(async () => {
    setLanguage('es');
    const h = reportHandlers(p.ctx).reports;
    csvPath = await exportTo('log-es.csv', () => h.hourLogCsv({ names: 'full', omitUnlisted: false }));
    xlsxPath = await exportTo('log-es.xlsx', () => h.hourLogXlsx({ names: 'full', omitUnlisted: false }));
  });

  it('CSV: Spanish headers, numbers with a dot decimal for spreadsheets', () => {
    const text = execFileSync('cat', [csvPath], { encoding: 'utf8' }).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...hourLogHeaders('es')]);
    expect(rows[0]).toContain('Horas remuneradas');
    const table = hourLogTable(buildHourLogReport(p.db, { names: 'full', omitUnlisted: false }), 'es');
    const totals = rows[table.body.length + 1] as string[];
    expect(totals[0]).toBe('Total');
    expect(totals.slice(6)).toEqual(table.totals.slice(6).map((n) => (n as number).toFixed(2)));
    expect(text).not.toMatch(/Paid hours|Group,|distinct/);
  });

  it('XLSX: Spanish sheet names and headers, hours as numeric cells', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Registro de coaching', 'Acerca de']);
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...hourLogHeaders('es')]);
    expect(typeof sheet.getRow(2).getCell(7).value).toBe('number');
    const about = JSON.stringify(book.worksheets[1]?.getSheetValues());
    expect(about).toContain('Declaro que');
    expect(about).not.toContain('I attest');
  });

  it('reads back in with no errors and no duplicates, and again as all duplicates', async () => {
    const q = openPractice();
    try {
      const dispatch = createRouter({
        handlers: createHandlers(q.ctx),
        isTrustedSender: () => true,
        logUnexpected: (_channel, error) => {
          throw error;
        },
      });
      const must = async <T>(channel: string, input?: unknown): Promise<T> => {
        const result = (await dispatch(channel, input, 'app://coachbook/index.html')) as Envelope<T>;
        if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
        return result.value;
      };
      const preview = async (path: string) => {
        q.temp.dialogs.nextFileToOpen = path;
        return (await must<HourImportPreview | null>('hourImport.preview', {})) as HourImportPreview;
      };
      const report = buildHourLogReport(p.db, { names: 'full', omitUnlisted: false });
      const rows = report.rows.length;

      // Both files read in as they are, before anything is imported.
      for (const path of [xlsxPath, csvPath]) {
        const first = await preview(path);
        expect(first.layout, path).toBe('icf-log');
        expect(first.counts, path).toEqual({ rows, ready: rows, duplicates: 0, errors: 0 });
        expect(first.totals.paidMinutes).toBeCloseTo(report.totals.paidMinutes, -1);
        expect(first.totals.proBonoMinutes).toBeCloseTo(report.totals.proBonoMinutes, -1);
        await must('hourImport.discard', { token: first.token });
      }
      const fromCsv = await preview(csvPath);
      expect(await must<HourImportResult>('hourImport.commit', { token: fromCsv.token })).toEqual({
        created: rows,
        skipped: 0,
      });
      // Read again, every row is one already imported.
      const again = await preview(csvPath);
      expect(again.counts).toEqual({ rows, ready: 0, duplicates: rows, errors: 0 });
    } finally {
      q.temp.cleanup();
    }
  });
});

describe('the mentor coaching and CCE log and the employer letter in Spanish', () => {
  it('mentor coaching and CCE: Spanish headings, requirement labels and statuses', async () => {
    setLanguage('es');
    const read = readPdf(
      await exportTo('mentor-es.pdf', () => reportHandlers(p.ctx).reports.mentorCcePdf(undefined)),
    );
    previewFirstPage(read.path, 'mentor-cce-es');
    for (const words of [
      'Registro de mentoría de coaching y CCE',
      'Mentoría de coaching y supervisión recibidas',
      'Requisito de mentoría de coaching',
      'Mentoría de coaching individual',
      'Cumplido',
      'Formación continua (CCE)',
      'Unidades de ética',
      'Competencias Clave',
      'Página 1 de',
    ]) {
      expect(read.text, words).toContain(words);
    }
    expect(read.text).toMatch(/Unidades de CCE\s+40,0\s+41,0\s+Cumplido/);
    for (const words of [
      'Mentor coaching requirement',
      'Not yet met',
      'Ethics units',
      'Page 1 of',
      'Generated',
    ]) {
      expect(read.text, words).not.toContain(words);
    }
  });

  it('employer letter: formal Spanish, the coach’s credentials and email, Spanish figures', async () => {
    setLanguage('es');
    const read = readPdf(
      await exportTo('letter-es.pdf', () =>
        reportHandlers(p.ctx).reports.employerLetterPdf({
          organisation: 'Acme Ltd',
          contactName: 'Priya Shah',
          contactRole: 'Directora de Desarrollo de Personas',
          contactDetails: 'priya.shah@acme.example',
          policy: 'Todas las conversaciones de coaching en Acme son confidenciales.',
          from: '2024-01-01',
          to: '2024-12-31',
          coachRole: '',
        }),
      ),
    );
    previewFirstPage(read.path, 'employer-letter-es');
    const flat = read.text.replace(/\s+/g, ' ');
    for (const words of [
      'Confirmación de horas de coaching interno',
      'A quien corresponda',
      'Por la presente confirmo que Sofía Marín, coach interno',
      'del 1 de enero de 2024 al 31 de diciembre de 2024',
      'ICF PCC (n.º de miembro 004512)',
      'sofia@marin-coaching.example',
      'Atentamente,',
      'Firmado en nombre de Acme Ltd',
    ]) {
      expect(flat, words).toContain(words);
    }
    expect(flat).toMatch(/prestó \d+,\d{2} horas de coaching/);
    for (const words of ['I confirm', 'To whom', 'Yours faithfully', 'Signed on behalf']) {
      expect(flat, words).not.toContain(words);
    }
  });
});
