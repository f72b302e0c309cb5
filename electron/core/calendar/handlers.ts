import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { writeFileAtomic } from '../fs-atomic';
import { type DialogText, dialogText } from '../i18n';
import { documentLanguage } from '../preferences';
import type { ServiceContext } from '../services';
import { importCalendarEvents, previewCalendarFile, scheduledSessionEvents } from './calendar';
import { serializeCalendar } from './ics-write';

const ICS_FILTER = (t: DialogText) => [{ name: t('filters.ics'), extensions: ['ics'] }];

export function calendarHandlers(ctx: ServiceContext): Pick<Handlers, 'calendar'> {
  const { practices, clock, dialogs } = ctx;
  const db = () => practices.requireDb();
  // The coach's zone: calendar times written without a zone ("floating") are read in it.
  const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
  return {
    calendar: {
      exportIcs: async ({ from, to }) => {
        const language = documentLanguage(ctx);
        if (scheduledSessionEvents(db(), from, to, language).length === 0) {
          throw new AppError('validation', msg('errors:calendar.nothingToExport'));
        }
        const t = dialogText(language);
        const path = await dialogs.chooseSavePath({
          title: t('calendar.export'),
          defaultName: `${t('calendar.exportFile', { from: from.slice(0, 10), to: to.slice(0, 10) })}.ics`,
          filters: ICS_FILTER(t),
        });
        if (path === null) return null;
        // Read again after the dialog: the practice may have changed (or locked) meanwhile.
        const events = scheduledSessionEvents(db(), from, to, language);
        writeFileAtomic(path, serializeCalendar(events, clock.now()));
        return path;
      },
      previewIcs: async () => {
        const t = dialogText(documentLanguage(ctx));
        const path = await dialogs.chooseFileToOpen({
          title: t('calendar.import'),
          filters: ICS_FILTER(t),
        });
        return path === null ? null : previewCalendarFile(db(), path, localZone());
      },
      importIcs: ({ events }) => importCalendarEvents(db(), clock, events, localZone()),
    },
  };
}
