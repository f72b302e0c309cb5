import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../electron/shared/agreements';

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation('agreements');
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}
