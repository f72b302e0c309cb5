import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourImportResult } from '../../../../electron/shared/hour-import';
import { ImportLogDialog } from './ImportLogDialog';

/**
 * "Import existing log…": opens the import dialog. Mount it on the Hours page; `onImported` is told when
 * entries were added, so the page can refresh its totals.
 */
export function ImportLogButton({
  onImported,
  className = 'button',
}: {
  onImported?: (result: HourImportResult) => void;
  className?: string;
}) {
  const { t } = useTranslation('hours');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)}>
        {t('import.button')}
      </button>
      {open ? <ImportLogDialog onClose={() => setOpen(false)} onImported={onImported} /> : null}
    </>
  );
}

export { ImportLogDialog };
