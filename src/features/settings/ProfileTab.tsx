import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/client';
import { PracticeDefaultsCard } from './PracticeDefaultsCard';
import { ProfileCard } from './ProfileCard';
import { useProfileStore } from './profile-store';

/** Settings › Profile: the coach as documents show them, and what new records start with. */
export function ProfileTab() {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    useProfileStore
      .getState()
      .load()
      .catch((e) => setError(errorMessage(e)));
  }, []);
  return (
    <>
      {error ? (
        <div className="form-error" role="alert">
          {error}
        </div>
      ) : null}
      <ProfileCard />
      <PracticeDefaultsCard />
    </>
  );
}
