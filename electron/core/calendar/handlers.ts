import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { writeFileAtomic } from '../fs-atomic';
import type { ServiceContext } from '../services';
import { importCalendarEvents, previewCalendarFile, scheduledSessionEvents } from './calendar';
import { serializeCalendar } from './ics-write';

const ICS_FILTER = [{ name: 'iCalendar', extensions: ['ics'] }];

export function calendarHandlers({ practices, clock, dialogs }: ServiceContext): Pick<Handlers, 'calendar'> {
  const db = () => practices.requireDb();
  // The coach's zone: calendar times written without a zone ("floating") are read in it.
  const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    calendar: {
      exportIcs: async ({ from, to }) => {
        if (scheduledSessionEvents(db(), from, to).length === 0) {
          throw new AppError('validation', msg('errors:calendar.nothingToExport'));
        }
        const path = await dialogs.chooseSavePath({
          title: 'Export scheduled sessions',
          defaultName: `Coachbook sessions ${from.slice(0, 10)} to ${to.slice(0, 10)}.ics`,
          filters: ICS_FILTER,
        });
        if (path === null) return null;
        // Read again after the dialog: the practice may have changed (or locked) meanwhile.
        writeFileAtomic(path, serializeCalendar(scheduledSessionEvents(db(), from, to), clock.now()));
        return path;
      },
      previewIcs: async () => {
        const path = await dialogs.chooseFileToOpen({
          title: 'Import from a calendar file',
          filters: ICS_FILTER,
        });
        return path === null ? null : previewCalendarFile(db(), path, localZone());
      },
      importIcs: ({ events }) => importCalendarEvents(db(), clock, events, localZone()),
    },
  };
}
