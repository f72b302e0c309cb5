import { z } from 'zod';
import { channel, noInput } from './channel';
import { isoDate, optionalText, requiredText } from './fields';
import { msg } from './messages';

/**
 * Hour reports: the ICF client coaching log (PDF, CSV, XLSX), a per-session log, the mentor
 * coaching and CCE log, and the employer confidentiality letter. Every export asks where to
 * save and returns the path written, or null when the coach cancels.
 */

/** How clients are named in a report: full names, initials ("N. T. L.") or stable codes ("C-014"). */
export const reportNameStyles = ['full', 'initials', 'codes'] as const;
export type ReportNameStyle = (typeof reportNameStyles)[number];

const nameStyle = z.enum(reportNameStyles, msg('errors:reports.names'));

function periodInOrder(period: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (period.from !== undefined && period.to !== undefined && period.to < period.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: msg('errors:reports.periodOrder') });
  }
}

export const hourLogReportInput = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    names: nameStyle,
    /** Leave out clients who have not consented to be listed (their hours still count in the totals). */
    omitUnlisted: z.boolean(),
  })
  .superRefine(periodInOrder);
export type HourLogReportInput = z.output<typeof hourLogReportInput>;

export const sessionLogReportInput = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    names: nameStyle.default('full'),
    /** Show "Not listed" instead of the names of clients who have not consented to be listed. */
    omitUnlisted: z.boolean().default(false),
  })
  .superRefine(periodInOrder);
export type SessionLogReportInput = z.output<typeof sessionLogReportInput>;

export const employerLetterInput = z
  .strictObject({
    organisation: requiredText('organisationName', 200),
    contactName: requiredText('contactName', 200),
    contactRole: requiredText('contactRole', 200),
    contactDetails: requiredText('contactDetails', 500),
    policy: requiredText('confidentialityPolicy', 5000),
    from: isoDate,
    to: isoDate,
    /** The coach's role at the organisation, e.g. "Internal coach, People Development". */
    coachRole: optionalText('coachRole', 200).default(''),
  })
  .superRefine((letter, ctx) => periodInOrder(letter, ctx));
export type EmployerLetterInput = z.output<typeof employerLetterInput>;

export const reportChannels = {
  reports: {
    /** The ICF client coaching log as a PDF (A4 landscape, signed attestation). */
    hourLogPdf: channel<string | null>()(hourLogReportInput),
    /** The same log as CSV (UTF-8 with BOM, formula-safe). */
    hourLogCsv: channel<string | null>()(hourLogReportInput),
    /** The same log as an Excel workbook. */
    hourLogXlsx: channel<string | null>()(hourLogReportInput),
    /** Every session and manual entry, one line each, with totals. */
    sessionLogPdf: channel<string | null>()(sessionLogReportInput),
    /** Mentor coaching and supervision received, the CCE log, and their requirement status. */
    mentorCcePdf: channel<string | null>()(noInput),
    /** A letter for the organisation to sign, for internal coaching under a confidentiality policy. */
    employerLetterPdf: channel<string | null>()(employerLetterInput),
  },
} as const;
