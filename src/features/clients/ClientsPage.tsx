import { useAppStore } from '../../app/store';
import { ClientList } from './ClientList';
import { ClientPage } from './ClientPage';
import './clients.css';

/** The Clients section: the list, or one client's page when a record is open. */
export function ClientsPage() {
  const openId = useAppStore((s) => s.openId);
  return openId ? <ClientPage key={openId} id={openId} /> : <ClientList />;
}
