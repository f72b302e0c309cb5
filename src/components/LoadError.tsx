import { useTranslation } from 'react-i18next';

/** Why a list could not load, with a button to ask again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-error" role="alert">
      {message}{' '}
      <button type="button" className="button ghost" onClick={onRetry}>
        {t('actions.retry')}
      </button>
    </div>
  );
}
