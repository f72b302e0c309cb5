import type { RecordWarning } from '../../../electron/shared/clients';
import { i18n } from '../../i18n';
import { formatDay } from './format';

/** A record warning in the coach's language, from its data (call at render time, like i18n.t). */
export function warningText(warning: RecordWarning): string {
  const title = warning.engagementTitle;
  if (warning.kind === 'agreement-ending') {
    return i18n.t('clients:warnings.agreementEnding', { title, date: formatDay(warning.endDate) });
  }
  return warning.sessions > 0
    ? i18n.t('clients:warnings.noSignedAgreementSessions', { title, count: warning.sessions })
    : i18n.t('clients:warnings.noSignedAgreement', { title });
}

/** A key that tells warnings apart: an engagement may have two signed agreements ending soon. */
export function warningKey(warning: RecordWarning): string {
  return warning.kind === 'agreement-ending'
    ? `${warning.kind}-${warning.agreementId}`
    : `${warning.kind}-${warning.engagementId}`;
}
