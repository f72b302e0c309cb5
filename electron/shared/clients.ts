import { z } from 'zod';
import type { Engagement } from './engagements';
import { email, id, isoDate, languageTag, optionalText, phone, requiredText, tag, timeZone } from './fields';
import { msg } from './messages';

export const clientStatuses = ['prospect', 'active', 'paused', 'completed', 'archived'] as const;
export type ClientStatus = (typeof clientStatuses)[number];
/** Statuses a coach sets directly; archiving has its own action so it can be undone. */
export const editableStatuses = ['prospect', 'active', 'paused', 'completed'] as const;
export const clientSources = ['self', 'referral', 'other'] as const;

export const clientFields = z
  .strictObject({
    fullName: requiredText('clientName', 200),
    preferredName: optionalText('preferredName', 100).default(''),
    pronouns: optionalText('pronouns', 40).default(''),
    email: email.default(''),
    phone: phone.default(''),
    preferredLanguage: languageTag.default(''),
    timeZone: timeZone.default(''),
    organisation: optionalText('organisation', 200).default(''),
    tags: z
      .array(tag)
      .max(30, msg('errors:tags.tooMany', { max: 30 }))
      .default([])
      .transform((tags) => [...new Set(tags)]),
    status: z.enum(editableStatuses, msg('errors:clients.status')).default('active'),
    source: z.enum(clientSources, msg('errors:clients.source')).default('self'),
    mayBeListed: z.boolean().default(false),
    listingConsentDate: isoDate.nullable().default(null),
    privateNotes: optionalText('privateNotes', 20_000).default(''),
  })
  .superRefine((client, ctx) => {
    if (client.mayBeListed && !client.listingConsentDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['listingConsentDate'],
        message: msg('errors:clients.consentDate'),
      });
    }
  });

export type ClientFieldsInput = z.input<typeof clientFields>;
export type ClientFields = z.output<typeof clientFields>;

export const clientSorts = ['name', 'recent', 'status'] as const;
export const clientListQuery = z.strictObject({
  search: z.string().max(200).default(''),
  /** 'current' is everything but archived. */
  status: z.enum([...clientStatuses, 'current', 'all']).default('current'),
  tag: z.string().max(40).nullable().default(null),
  sort: z.enum(clientSorts).default('name'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type ClientListQuery = z.input<typeof clientListQuery>;

export interface ClientListRow {
  id: string;
  fullName: string;
  preferredName: string;
  email: string;
  organisation: string;
  status: ClientStatus;
  tags: string[];
  updatedAt: string;
}

export interface ClientList {
  total: number;
  offset: number;
  rows: ClientListRow[];
}

export interface Referral {
  id: string;
  clientId: string;
  direction: 'in' | 'out';
  partyName: string;
  partyRole: string;
  reason: string;
  date: string;
}

export const referralInput = z.strictObject({
  clientId: id,
  direction: z.enum(['in', 'out'], msg('errors:referrals.direction')),
  partyName: requiredText('referralParty', 200),
  partyRole: optionalText('role', 100).default(''),
  reason: optionalText('reason', 2000).default(''),
  date: isoDate,
});

export interface Client extends Omit<ClientFields, 'status'> {
  id: string;
  status: ClientStatus;
  createdAt: string;
  updatedAt: string;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** What erasing a client would delete, shown before the coach confirms. */
export interface ErasurePreview {
  clientId: string;
  fullName: string;
  engagements: number;
  /** Group engagements the client only leaves (others remain). */
  groupEngagementsLeft: number;
  referrals: number;
  agreements: number;
  sessions: number;
  /** Wheel of Life results, erased with the client. */
  assessments: number;
  /** Hours from an earlier log linked to this client: anonymised with their other hours, or erased. */
  manualHourEntries: number;
}

/**
 * Something on a client's record the coach should act on, as data: the renderer words it in the coach's
 * language (src/features/clients/warning-text.ts).
 */
export type RecordWarning =
  | {
      /** Coaching under way (active, or sessions logged) without a signed agreement. */
      kind: 'no-signed-agreement';
      engagementId: string;
      engagementTitle: string;
      /** Sessions logged in the engagement (imported drafts aside); 0 when none yet. */
      sessions: number;
    }
  | {
      /** A signed agreement ends within AGREEMENT_ENDING_DAYS. */
      kind: 'agreement-ending';
      engagementId: string;
      engagementTitle: string;
      agreementId: string;
      /** The agreement's last day, YYYY-MM-DD. */
      endDate: string;
    };

export interface AgreementSummary {
  id: string;
  engagementId: string;
  title: string;
  status: 'draft' | 'sent' | 'signed' | 'ended';
  startDate: string | null;
  endDate: string | null;
  updatedAt: string;
}

/** The client page: everything about one client in one place. */
export interface ClientOverview {
  client: Client;
  referrals: Referral[];
  engagements: Engagement[];
  agreements: AgreementSummary[];
  warnings: RecordWarning[];
}
