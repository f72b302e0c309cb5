import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function AgreementsPage() {
  return (
    <>
      <PageHeader title="Agreements" subtitle="Coaching agreements for each client relationship." />
      <EmptyState title="No agreements yet" icon="agreements">
        <p>
          Each coaching relationship starts with an agreement: scope, fees, confidentiality, and that coaching
          is not therapy. Add a client, then create an agreement from a template.
        </p>
      </EmptyState>
    </>
  );
}
