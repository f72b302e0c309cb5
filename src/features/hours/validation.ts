import type { core } from 'zod';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/**
 * The shared schemas (electron/shared) check the Hours forms in the renderer too, and their messages
 * are English. These turn each problem into the coach's language by field and kind of problem; a case
 * not named here keeps the schema's own words rather than lose them.
 */

type Issue = core.$ZodIssue;
type Message = (field: string, issue: Issue) => string | undefined;

/** The first problem of each field, keyed by field name ('_form' for the form as a whole). */
export function issuesByField(
  issues: readonly Issue[],
  message: Message,
  found: Record<string, string> = {},
): Record<string, string> {
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '_form');
    if (!(key in found)) found[key] = message(key, issue) ?? issue.message;
  }
  return found;
}

const max = (issue: Issue) => formatNumber(issue.code === 'too_big' ? Number(issue.maximum) : 0);

/** Required and length checks of a text field. */
function text(issue: Issue, required: () => string, tooLong: (max: string) => string): string | undefined {
  if (issue.code === 'too_small') return required();
  if (issue.code === 'too_big') return tooLong(max(issue));
  return undefined;
}

/** An ISO day: wrongly written, a day that does not exist, or (`outOfOrder`) before the day it follows. */
function day(issue: Issue, outOfOrder?: { when: boolean; message: () => string }): string | undefined {
  if (issue.code === 'invalid_format') return i18n.t('hours:validation.dateFormat');
  if (issue.code === 'custom') {
    return outOfOrder?.when ? outOfOrder.message() : i18n.t('hours:validation.dateMissing');
  }
  return undefined;
}

export function manualHoursMessage(values: {
  mode: 'individual' | 'group';
  startDate: string;
  endDate: string;
}): Message {
  return (field, issue) => {
    switch (field) {
      case 'clientName':
        return text(
          issue,
          () => i18n.t('hours:validation.clientNameRequired'),
          (n) => i18n.t('hours:validation.clientNameTooLong', { max: n }),
        );
      case 'clientContact':
        return issue.code === 'too_big'
          ? i18n.t('hours:validation.contactTooLong', { max: max(issue) })
          : undefined;
      case 'groupSize':
        if (issue.code === 'too_big') return i18n.t('hours:validation.groupTooLarge', { max: max(issue) });
        if (issue.code === 'custom' && values.mode === 'individual') {
          return i18n.t('hours:validation.individualGroupSize');
        }
        return i18n.t('hours:validation.groupTooSmall');
      case 'startDate':
        return day(issue);
      case 'endDate':
        return day(issue, {
          when: (values.endDate || values.startDate) < values.startDate,
          message: () => i18n.t('hours:validation.endBeforeStart'),
        });
      case 'paidMinutes':
      case 'proBonoMinutes':
        if (issue.code === 'custom') return i18n.t('hours:validation.noHours');
        if (issue.code === 'too_big') return i18n.t('hours:validation.tooManyHours');
        return undefined;
      default:
        return undefined;
    }
  };
}

export const ceMessage: Message = (field, issue) => {
  switch (field) {
    case 'provider':
      return text(
        issue,
        () => i18n.t('hours:validation.providerRequired'),
        (n) => i18n.t('hours:validation.providerTooLong', { max: n }),
      );
    case 'course':
      return text(
        issue,
        () => i18n.t('hours:validation.courseRequired'),
        (n) => i18n.t('hours:validation.courseTooLong', { max: n }),
      );
    case 'date':
      return day(issue);
    case 'units':
      if (issue.code === 'too_small') return i18n.t('hours:validation.unitsTooSmall');
      if (issue.code === 'too_big') return i18n.t('hours:validation.unitsTooLarge', { max: max(issue) });
      if (issue.code === 'not_multiple_of') return i18n.t('hours:validation.unitsDecimals');
      return undefined;
    default:
      return undefined;
  }
};

export const targetsMessage: Message = (field, issue) => {
  if (field === 'targets' && issue.code === 'too_big') {
    return i18n.t('hours:validation.tooManyTargets', { max: max(issue) });
  }
  if (field.endsWith('Date')) return day(issue);
  return undefined;
};

export function employerLetterMessage(values: { from: string; to: string }): Message {
  return (field, issue) => {
    switch (field) {
      case 'organisation':
        return text(
          issue,
          () => i18n.t('hours:validation.organisationRequired'),
          (n) => i18n.t('hours:validation.organisationTooLong', { max: n }),
        );
      case 'contactName':
        return text(
          issue,
          () => i18n.t('hours:validation.contactNameRequired'),
          (n) => i18n.t('hours:validation.contactNameTooLong', { max: n }),
        );
      case 'contactRole':
        return text(
          issue,
          () => i18n.t('hours:validation.contactRoleRequired'),
          (n) => i18n.t('hours:validation.contactRoleTooLong', { max: n }),
        );
      case 'contactDetails':
        return text(
          issue,
          () => i18n.t('hours:validation.contactDetailsRequired'),
          (n) => i18n.t('hours:validation.contactDetailsTooLong', { max: n }),
        );
      case 'policy':
        return text(
          issue,
          () => i18n.t('hours:validation.policyRequired'),
          (n) => i18n.t('hours:validation.policyTooLong', { max: n }),
        );
      case 'coachRole':
        return issue.code === 'too_big'
          ? i18n.t('hours:validation.coachRoleTooLong', { max: max(issue) })
          : undefined;
      case 'from':
        return day(issue);
      case 'to':
        return day(issue, {
          when: values.from !== '' && values.to < values.from,
          message: () => i18n.t('hours:validation.periodOrder'),
        });
      default:
        return undefined;
    }
  };
}
