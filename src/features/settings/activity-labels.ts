import { i18n } from '../../i18n';

/** Words for the activity log. Kinds and details are codes, never confidential text. */

// Functions, so the words are looked up at render time in the language of the moment.
const kindLabels: Record<string, () => string> = {
  'practice-created': () => i18n.t('settings:activity.kinds.practiceCreated'),
  'practice-unlocked': () => i18n.t('settings:activity.kinds.practiceUnlocked'),
  'passphrase-changed': () => i18n.t('settings:activity.kinds.passphraseChanged'),
  'recovery-key-created': () => i18n.t('settings:activity.kinds.recoveryKeyCreated'),
  'note-finalised': () => i18n.t('settings:activity.kinds.noteFinalised'),
  'client-erased': () => i18n.t('settings:activity.kinds.clientErased'),
  'records-disposed': () => i18n.t('settings:activity.kinds.recordsDisposed'),
  'export-written': () => i18n.t('settings:activity.kinds.exportWritten'),
  'backup-written': () => i18n.t('settings:activity.kinds.backupWritten'),
  'backup-restored': () => i18n.t('settings:activity.kinds.backupRestored'),
  'import-committed': () => i18n.t('settings:activity.kinds.importCommitted'),
};

const detailLabels: Record<string, () => string> = {
  unlock: () => i18n.t('settings:activity.details.unlock'),
  unlockRemembered: () => i18n.t('settings:activity.details.unlockRemembered'),
  unlockWithRecoveryKey: () => i18n.t('settings:activity.details.unlockWithRecoveryKey'),
  'damaged practice': () => i18n.t('settings:activity.details.damagedPractice'),
  manual: () => i18n.t('settings:activity.details.manual'),
  automatic: () => i18n.t('settings:activity.details.automatic'),
  'reports.hourLogPdf': () => i18n.t('settings:activity.details.hourLogPdf'),
  'reports.hourLogCsv': () => i18n.t('settings:activity.details.hourLogCsv'),
  'reports.hourLogXlsx': () => i18n.t('settings:activity.details.hourLogXlsx'),
  'reports.sessionLogPdf': () => i18n.t('settings:activity.details.sessionLogPdf'),
  'reports.mentorCcePdf': () => i18n.t('settings:activity.details.mentorCcePdf'),
  'reports.employerLetterPdf': () => i18n.t('settings:activity.details.employerLetterPdf'),
  'clients.export': () => i18n.t('settings:activity.details.clientRecord'),
  'calendar.exportIcs': () => i18n.t('settings:activity.details.calendarIcs'),
  'agreements.exportPdf': () => i18n.t('settings:activity.details.agreementPdf'),
  'practice.saveRecoveryKeyPdf': () => i18n.t('settings:activity.details.recoveryKeyPdf'),
};

export function activityLabel(kind: string): string {
  return kindLabels[kind]?.() ?? sentence(kind);
}

export function activityDetail(detail: string): string {
  if (!detail) return '';
  return detailLabels[detail]?.() ?? sentence(detail.split('.').pop() ?? detail);
}

/** An unknown code (from a newer version) as plain words, untranslated: "hour-log" → "Hour log", "exportIcs" → "Export ics". */
function sentence(code: string): string {
  const words = code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
