import { useAppStore } from '../../app/store';
import { useClosedRecord } from '../../components/focus';
import { AgreementEditor } from './AgreementEditor';
import { AgreementsList } from './AgreementsList';
import './agreements.css';

export function AgreementsPage() {
  const openId = useAppStore((s) => s.openId);
  // Back from an agreement, its row in the list takes the focus again.
  const closed = useClosedRecord(openId);
  return openId ? <AgreementEditor key={openId} id={openId} /> : <AgreementsList focusAgreement={closed} />;
}
