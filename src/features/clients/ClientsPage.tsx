import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ClientsPage() {
  return (
    <>
      <PageHeader title="Clients" subtitle="The people you coach, and the terms you work on." />
      <EmptyState title="No clients yet" icon="clients">
        <p>
          Start by adding your first client. Their record, agreements, sessions and hours all live here,
          encrypted on this computer.
        </p>
      </EmptyState>
    </>
  );
}
