import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function SessionsPage() {
  return (
    <>
      <PageHeader title="Sessions" subtitle="Every session you hold, with notes, goals and follow-ups." />
      <EmptyState title="No sessions logged yet" icon="sessions">
        <p>
          Add a client first, then log each session as you hold it: date, length and notes. Held sessions
          count toward your coaching hours automatically.
        </p>
      </EmptyState>
    </>
  );
}
