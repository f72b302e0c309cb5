import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { msg } from '../../shared/messages';
import { openDemoPractice } from '../demo/demo-practice';
import { writeFileAtomic } from '../fs-atomic';
import { dialogText } from '../i18n';
import type { Keychain } from '../ports';
import { documentLanguage } from '../preferences';
import type { ServiceContext } from '../services';
import {
  changePassphrase,
  createRecoveryKey,
  setRemembered,
  unlockRemembered,
  unlockWithRecoveryKey,
} from './keys';
import { dismissOnboarding, onboarding } from './onboarding';
import { recoveryKeyPdf } from './recovery-pdf';

const NO_KEYCHAIN: Keychain = {
  isAvailable: () => false,
  encrypt: () => {
    throw new AppError('validation', msg('errors:keychain.none'));
  },
  decrypt: () => {
    throw new AppError('validation', msg('errors:keychain.none'));
  },
};

export function practiceHandlers(ctx: ServiceContext): Pick<Handlers, 'practice'> {
  const { practices, dialogs, clock } = ctx;
  const keychain = ctx.keychain ?? NO_KEYCHAIN;
  return {
    practice: {
      status: () => practices.status(),
      create: (input) => practices.create(input),
      unlock: (input) => practices.unlock(input),
      lock: () => practices.lock(),
      select: (input) => practices.select(input),
      openOther: () => practices.openOther(),
      profile: () => practices.profile(),
      openDemo: () => openDemoPractice(practices, clock, documentLanguage(ctx)),
      createRecoveryKey: () => ({ recoveryKey: createRecoveryKey(practices) }),
      saveRecoveryKeyPdf: async ({ recoveryKey }) => {
        const { name } = practices.profile();
        const language = documentLanguage(ctx);
        const t = dialogText(language);
        const path = await dialogs.chooseSavePath({
          title: t('practice.saveRecoveryKey'),
          defaultName: `${t('practice.recoveryKeyFile')}.pdf`,
          filters: [{ name: t('filters.pdf'), extensions: ['pdf'] }],
        });
        if (path !== null) {
          writeFileAtomic(
            path,
            await recoveryKeyPdf({
              practiceName: name,
              recoveryKey,
              fontsDir: ctx.fontsDir,
              now: clock.now(),
              language,
            }),
          );
        }
        return path;
      },
      changePassphrase: ({ current, next }) => {
        changePassphrase(practices, current, next);
        return practices.status();
      },
      unlockWithRecoveryKey: ({ recoveryKey, newPassphrase }) =>
        unlockWithRecoveryKey(practices, recoveryKey, newPassphrase),
      setRemembered: ({ remember }) => {
        setRemembered(practices, keychain, remember);
        return practices.status();
      },
      unlockRemembered: () => unlockRemembered(practices, keychain),
      onboarding: () => onboarding(practices.requireDb()),
      dismissOnboarding: () => dismissOnboarding(practices.requireDb()),
    },
  };
}
