import type { AgreementStatus } from '../../../electron/shared/agreements';

const LABEL: Record<AgreementStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  signed: 'Signed',
  ended: 'Ended',
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  return <span className={`badge status-${status}`}>{LABEL[status]}</span>;
}
