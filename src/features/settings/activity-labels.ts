/** Words for the activity log. Kinds and details are codes, never confidential text. */

const kindLabels: Record<string, string> = {
  'practice-created': 'Practice created',
  'practice-unlocked': 'Practice unlocked',
  'passphrase-changed': 'Passphrase changed',
  'recovery-key-created': 'New recovery key created',
  'note-finalised': 'Session note finalised',
  'client-erased': 'Client erased',
  'records-disposed': 'Records deleted after their keeping period',
  'export-written': 'Export saved',
  'backup-written': 'Backup written',
  'backup-restored': 'Backup restored',
  'import-committed': 'Hours imported',
};

const detailLabels: Record<string, string> = {
  unlock: 'With passphrase',
  unlockRemembered: 'Remembered on this computer',
  unlockWithRecoveryKey: 'With recovery key',
  manual: 'Backed up by hand',
  automatic: 'Daily automatic backup',
  'reports.hourLogPdf': 'Hour log (PDF)',
  'reports.hourLogCsv': 'Hour log (CSV)',
  'reports.hourLogXlsx': 'Hour log (Excel)',
  'reports.sessionLogPdf': 'Session log (PDF)',
  'reports.mentorCcePdf': 'Mentor coaching and CCE (PDF)',
  'reports.employerLetterPdf': 'Employer letter (PDF)',
  'calendar.exportIcs': 'Calendar (iCalendar)',
  'agreements.exportPdf': 'Agreement (PDF)',
  'practice.saveRecoveryKeyPdf': 'Recovery key (PDF)',
};

export function activityLabel(kind: string): string {
  return kindLabels[kind] ?? sentence(kind);
}

export function activityDetail(detail: string): string {
  if (!detail) return '';
  return detailLabels[detail] ?? sentence(detail.split('.').pop() ?? detail);
}

/** An unknown code as plain words: "hour-log" → "Hour log", "exportIcs" → "Export ics". */
function sentence(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
