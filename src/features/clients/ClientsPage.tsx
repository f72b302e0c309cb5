import { useAppStore } from '../../app/store';
import { useClosedRecord } from '../../components/focus';
import { ClientList } from './ClientList';
import { ClientPage } from './ClientPage';
import './clients.css';

/** The Clients section: the list, or one client's page when a record is open. */
export function ClientsPage() {
  const openId = useAppStore((s) => s.openId);
  // Back from a client's page, the list takes the focus again (on the row that was opened).
  const closed = useClosedRecord(openId);
  return openId ? <ClientPage key={openId} id={openId} /> : <ClientList focusOnOpen={closed !== null} />;
}
