import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function HoursPage() {
  return (
    <>
      <PageHeader
        title="Hours"
        subtitle="Your coaching hours, counted the way your credentialing body counts them."
      />
      <EmptyState title="No coaching hours yet" icon="hours">
        <p>
          Hours come from the sessions you log. Set your credential target in Settings to see what counts and
          what is still missing.
        </p>
      </EmptyState>
    </>
  );
}
