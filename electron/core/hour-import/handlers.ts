import type { Handlers } from '../../shared/contract';
import { dialogText } from '../i18n';
import { documentLanguage } from '../preferences';
import type { ServiceContext } from '../services';
import { readLogFile } from './read-file';
import { ImportPreviews } from './service';

export function hourImportHandlers(ctx: ServiceContext): Pick<Handlers, 'hourImport'> {
  const { practices, clock, dialogs } = ctx;
  const previews = new ImportPreviews(clock);
  // Locking, unlocking or switching practice forgets every preview (and the client names in it).
  practices.onChange(() => previews.clear());
  return {
    hourImport: {
      preview: async ({ dateOrder }) => {
        practices.requireDb();
        const t = dialogText(documentLanguage(ctx));
        const path = await dialogs.chooseFileToOpen({
          title: t('hourImport.open'),
          filters: [{ name: t('hourImport.logFile'), extensions: ['xlsx', 'csv'] }],
        });
        if (path === null) return null;
        const table = await readLogFile(path);
        return previews.open(practices.requireDb(), table, dateOrder);
      },
      reread: ({ token, dateOrder }) => previews.reread(practices.requireDb(), token, dateOrder),
      commit: ({ token }) => previews.commit(practices.requireDb(), clock, token),
      discard: ({ token }) => {
        previews.discard(token);
        return null;
      },
    },
  };
}
