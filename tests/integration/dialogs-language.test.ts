import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreement } from '../../electron/core/agreements/agreements';
import { addAttachment } from '../../electron/core/agreements/attachments';
import { listTemplates } from '../../electron/core/agreements/templates';
import { parseIcs } from '../../electron/core/calendar/ics-parse';
import { createClient } from '../../electron/core/clients/clients';
import { createEngagement } from '../../electron/core/engagements/engagements';
import type { FileFilter } from '../../electron/core/ports';
import { writePreferences } from '../../electron/core/preferences';
import { createSession } from '../../electron/core/sessions/sessions';
import { clientFields } from '../../electron/shared/clients';
import { engagementFields } from '../../electron/shared/engagements';
import { DEFAULT_PREFERENCES, type Language } from '../../electron/shared/preferences';
import { sessionFields } from '../../electron/shared/sessions';
import { routerFor } from './helpers/router';
import { type TempPractice, tempPractice } from './helpers/temp-practice';

// The native file dialogs (titles, file types, suggested file names) and the exported calendar
// speak the coach's language, read at each dialog.

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

let temp: TempPractice;
let router: ReturnType<typeof routerFor>;
let clientId: string;
let agreementId: string;
let attachmentId: string;

beforeAll(() => {
  temp = tempPractice();
  const practices = temp.newManager();
  practices.create({
    name: 'Rivera Coaching',
    coachName: 'Ana Rivera',
    passphrase: 'a long test passphrase',
  });
  const db = practices.requireDb();
  router = routerFor(temp, practices);
  clientId = createClient(db, temp.clock, clientFields.parse({ fullName: 'Lucía Fernández' })).id;
  const engagement = createEngagement(
    db,
    temp.clock,
    engagementFields.parse({
      title: 'Career transition',
      kind: 'individual',
      participantIds: [clientId],
      focus: 'specific-purpose',
      feeArrangement: 'per-session',
      feeMinor: 15000,
      currency: 'EUR',
      startDate: '2025-03-01',
    }),
  );
  createSession(
    db,
    temp.clock,
    sessionFields.parse({
      engagementId: engagement.id,
      startsAt: '2025-03-20T09:00:00Z',
      timeZone: 'Europe/Madrid',
      durationMinutes: 60,
      format: 'video',
      attendance: 'scheduled',
      payment: 'paid',
      currency: 'EUR',
    }),
  );
  const templateId = listTemplates(db)[0]?.id ?? '';
  agreementId = createAgreement(db, temp.clock, { engagementId: engagement.id, templateId }).id;
  const scan = join(temp.root, 'firmado.png');
  writeFileSync(scan, PNG);
  attachmentId = addAttachment(db, temp.clock, agreementId, scan).attachments[0]?.id ?? '';
  // The fake has no folder dialog of its own; record it like the others.
  Object.assign(temp.dialogs, {
    chooseFolder: async (options: { title: string }) => {
      temp.dialogs.log.push({ method: 'chooseFolder', options });
      return null;
    },
  });
});
afterAll(() => temp.cleanup());

function setLanguage(language: Language): void {
  writePreferences(temp.dataDir, { ...DEFAULT_PREFERENCES, language });
}

interface Asked {
  title: string;
  defaultName?: string;
  filters?: FileFilter[];
}

/** Every dialog a coach meets with a practice open, each asked once and cancelled. */
const DIALOGS: Record<string, () => Promise<unknown>> = {
  'reports.hourLogPdf': () =>
    router.call('reports', 'hourLogPdf', {
      names: 'full',
      omitUnlisted: false,
      from: '2025-01-01',
      to: '2025-12-31',
    }),
  'reports.hourLogCsv': () => router.call('reports', 'hourLogCsv', { names: 'full', omitUnlisted: false }),
  'reports.hourLogXlsx': () =>
    router.call('reports', 'hourLogXlsx', { names: 'full', omitUnlisted: false, from: '2025-01-01' }),
  'reports.sessionLogPdf': () => router.call('reports', 'sessionLogPdf', { to: '2025-06-30' }),
  'reports.mentorCcePdf': () => router.call('reports', 'mentorCcePdf', undefined),
  'reports.employerLetterPdf': () =>
    router.call('reports', 'employerLetterPdf', {
      organisation: 'Banco Andino',
      contactName: 'Marta Ruiz',
      contactRole: 'People lead',
      contactDetails: 'marta@example.org',
      policy: 'Coaching conversations are confidential.',
      coachRole: 'Internal coach',
      from: '2025-01-01',
      to: '2025-06-30',
    }),
  'clients.export': () => router.call('clients', 'export', { id: clientId }),
  'practice.saveRecoveryKeyPdf': () =>
    router.call('practice', 'saveRecoveryKeyPdf', { recoveryKey: 'ABCD-EFGH-IJKL-MNOP-QRST' }),
  'backups.chooseFolder': () => router.call('backups', 'chooseFolder', undefined),
  'agreements.attach': () => router.call('agreements', 'attach', { id: agreementId }),
  'agreements.saveAttachment': () => router.call('agreements', 'saveAttachment', { attachmentId }),
  'agreements.exportPdf': () => router.call('agreements', 'exportPdf', { id: agreementId }),
  'calendar.exportIcs': () =>
    router.call('calendar', 'exportIcs', { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z' }),
  'calendar.previewIcs': () => router.call('calendar', 'previewIcs', undefined),
  'hourImport.preview': () => router.call('hourImport', 'preview', {}),
};

/** What the one dialog `channel` opened was asked to show, in `language`. */
async function asked(channel: string, language: Language): Promise<Asked> {
  setLanguage(language);
  const before = temp.dialogs.log.length;
  await DIALOGS[channel]?.();
  const calls = temp.dialogs.log.slice(before);
  expect(calls, channel).toHaveLength(1);
  return calls[0]?.options as Asked;
}

const SPANISH: Record<string, Asked> = {
  'reports.hourLogPdf': {
    title: 'Exportar el registro de coaching con clientes (PDF)',
    defaultName: 'Registro de coaching con clientes del 2025-01-01 al 2025-12-31.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  },
  'reports.hourLogCsv': {
    title: 'Exportar el registro de coaching con clientes (CSV)',
    defaultName: 'Registro de coaching con clientes.csv',
    filters: [{ name: 'CSV (separado por comas)', extensions: ['csv'] }],
  },
  'reports.hourLogXlsx': {
    title: 'Exportar el registro de coaching con clientes (Excel)',
    defaultName: 'Registro de coaching con clientes desde 2025-01-01.xlsx',
    filters: [{ name: 'Libro de Excel', extensions: ['xlsx'] }],
  },
  'reports.sessionLogPdf': {
    title: 'Exportar el registro de sesiones de coaching (PDF)',
    defaultName: 'Registro de sesiones de coaching hasta 2025-06-30.pdf',
  },
  'reports.mentorCcePdf': {
    title: 'Exportar el registro de mentoría de coaching y CCE (PDF)',
    defaultName: 'Registro de mentoría de coaching y CCE.pdf',
  },
  'reports.employerLetterPdf': {
    title: 'Exportar la carta de confidencialidad para el empleador (PDF)',
    defaultName: 'Carta de coaching interno - Banco Andino del 2025-01-01 al 2025-06-30.pdf',
  },
  'clients.export': {
    title: 'Exportar la ficha del cliente',
    defaultName: 'Lucía Fernández - ficha del cliente.pdf',
  },
  'practice.saveRecoveryKeyPdf': {
    title: 'Guardar la clave de recuperación',
    defaultName: 'Clave de recuperación de Coachbook.pdf',
  },
  'backups.chooseFolder': { title: 'Elegir una carpeta para las copias de seguridad' },
  'agreements.attach': {
    title: 'Adjuntar la copia firmada',
    filters: [{ name: 'Acuerdo escaneado', extensions: ['pdf', 'png', 'jpg', 'jpeg'] }],
  },
  'agreements.saveAttachment': { title: 'Guardar una copia', defaultName: 'firmado.png' },
  'agreements.exportPdf': {
    title: 'Exportar el acuerdo en PDF',
    defaultName: 'Career transition - Coaching agreement.pdf',
  },
  'calendar.exportIcs': {
    title: 'Exportar las sesiones programadas',
    defaultName: 'Sesiones de Coachbook del 2025-03-01 al 2025-04-01.ics',
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
  },
  'calendar.previewIcs': {
    title: 'Importar desde un archivo de calendario',
    filters: [{ name: 'iCalendar', extensions: ['ics'] }],
  },
  'hourImport.preview': {
    title: 'Importar un registro de coaching existente',
    filters: [{ name: 'Registro de coaching (Excel o CSV)', extensions: ['xlsx', 'csv'] }],
  },
};

/** Words that read the same in both languages: the formats' own names. */
const SHARED_WORDS = new Set(['PDF', 'iCalendar']);

describe('file dialogs in the coach’s language', () => {
  it.each(Object.keys(DIALOGS))('%s asks in Spanish when the coach reads Spanish', async (channel) => {
    expect(await asked(channel, 'es')).toMatchObject(SPANISH[channel] ?? {});
  });

  it.each(Object.keys(DIALOGS))('%s keeps no English words in Spanish', async (channel) => {
    const en = await asked(channel, 'en');
    const es = await asked(channel, 'es');
    expect(es.title).not.toBe(en.title);
    for (const [i, filter] of (es.filters ?? []).entries()) {
      if (!SHARED_WORDS.has(filter.name)) expect(filter.name).not.toBe(en.filters?.[i]?.name);
    }
    // Names made only of the coach's own words (an agreement's title, an attachment's file) stay.
    const ownWords = channel === 'agreements.saveAttachment' || channel === 'agreements.exportPdf';
    if (en.defaultName !== undefined && !ownWords) expect(es.defaultName).not.toBe(en.defaultName);
  });

  it('keeps the English words in English', async () => {
    expect(await asked('reports.hourLogPdf', 'en')).toMatchObject({
      title: 'Export client coaching log (PDF)',
      defaultName: 'Client coaching log 2025-01-01 to 2025-12-31.pdf',
    });
    expect(await asked('reports.mentorCcePdf', 'en')).toMatchObject({
      defaultName: 'Mentor coaching and CCE log.pdf',
    });
    expect(await asked('backups.chooseFolder', 'en')).toEqual({ title: 'Choose a backup folder' });
  });

  it('covers every dialog a handler opens, and no handler words one in English', () => {
    // A new dialog in a handler belongs in DIALOGS above.
    const opens =
      /\b(?:dialogs\.(?:chooseSavePath|chooseFileToOpen|chooseFolder)\(\s*\{|(?:save|exportFile)\(\s*dialogs\b)/g;
    const core = join(__dirname, '../../electron/core');
    let opened = 0;
    for (const area of readdirSync(core)) {
      const file = join(core, area, 'handlers.ts');
      if (!existsSync(file)) continue;
      const source = readFileSync(file, 'utf8');
      opened += source.match(opens)?.length ?? 0;
      expect(source, `${area}/handlers.ts`).not.toMatch(/\b(?:title|defaultName|name):\s*['"`][A-Za-z]/);
    }
    expect(opened).toBe(Object.keys(DIALOGS).length);
  });
});

describe('the exported calendar in the coach’s language', () => {
  async function exportedSummaries(language: Language): Promise<string[]> {
    setLanguage(language);
    const path = join(temp.root, `sessions-${language}.ics`);
    temp.dialogs.nextSavePath = path;
    try {
      await router.call('calendar', 'exportIcs', {
        from: '2025-03-01T00:00:00Z',
        to: '2025-04-01T00:00:00Z',
      });
    } finally {
      temp.dialogs.nextSavePath = null;
    }
    return parseIcs(readFileSync(path, 'utf8'), { localZone: 'UTC' }).occurrences.map((o) => o.summary);
  }

  it('titles each session in Spanish', async () => {
    expect(await exportedSummaries('es')).toEqual(['Sesión de coaching: Lucía Fernández']);
  });

  it('titles each session in English', async () => {
    expect(await exportedSummaries('en')).toEqual(['Coaching: Lucía Fernández']);
  });
});
