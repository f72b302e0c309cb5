import { useAppStore } from '../../app/store';
import { AgreementEditor } from './AgreementEditor';
import { AgreementsList } from './AgreementsList';
import './agreements.css';

export function AgreementsPage() {
  const openId = useAppStore((s) => s.openId);
  return openId ? <AgreementEditor key={openId} id={openId} /> : <AgreementsList />;
}
