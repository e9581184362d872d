import type { RedirectPage, SignInPage } from './account.ts';
import type { ExportColumn } from './cohort-export.ts';
import type { CohortProfile, CohortStatus, ProfileCurriculum } from './cohort-profile.ts';

// What the partner portal shows: the hub answers every request to `/{locale}/partner/…`
// with one of these, and the pages only render them.

/** A cohort in the partner's list: enough to know when it lands and how big it is. */
export interface CohortListing {
  id: string;
  destinationCity: string;
  location: string;
  /** Expected departure; arrival is the same or the next day. */
  departure: string;
  size: number;
  families: number;
  languages: string[];
  status: CohortStatus;
}

/** Why a request was refused: locale keys under `partner:refused`. */
export type PartnerRefusal = 'csrf' | 'signed-out' | 'not-partner' | 'no-cohort' | 'unknown-action';

export type PartnerPage = { setCookies: string[] } & (
  | SignInPage
  | RedirectPage
  | {
      kind: 'refused';
      status: 400 | 401 | 403 | 404;
      reason: PartnerRefusal;
      csrfToken?: string;
    }
  | {
      kind: 'cohorts';
      status: 200;
      email: string;
      organisation: string;
      csrfToken: string;
      cohorts: CohortListing[];
    }
  | {
      kind: 'profile';
      status: 200 | 400;
      email: string;
      organisation: string;
      csrfToken: string;
      profile: CohortProfile;
      /** The organisation's learning record store, without its password. */
      lrs?: { endpoint: string; username: string; hasPassword: boolean };
      /** Each batch of statements sent for this cohort, newest first. */
      forwarding: ForwardingAttempt[];
      /** Shown once after an action (`?done=`). */
      done?: PartnerDone;
      /** Why the LRS settings were not saved or nothing was sent, in the hub's words. */
      lrsProblem?: string;
      /** What the LRS form held when it was refused, to correct rather than retype. */
      lrsForm?: { endpoint: string; username: string };
    }
);

/** One batch of statements sent to a partner's LRS. */
export interface ForwardingAttempt {
  at: Date;
  statementCount: number;
  status: 'sent' | 'failed';
  attempts: number;
  httpStatus: number | null;
  detail: string | null;
}

export const partnerDoneMessages = ['lrs-saved', 'sent', 'send-failed'] as const;
export type PartnerDone = (typeof partnerDoneMessages)[number];

export interface PartnerContext {
  locale: string;
  client: string;
  curriculum: ProfileCurriculum;
  /** The cohort a profile page names; none on the cohort list. */
  cohortId?: string;
}

/** The files a partner downloads for a cohort. */
export const partnerExports = [
  'participants.csv',
  'columns.csv',
  'aggregates-hxl.csv',
  'xapi.json',
] as const;
export type PartnerExport = (typeof partnerExports)[number];

export interface PartnerExportContext {
  cohortId: string;
  file: PartnerExport;
  curriculum: ProfileCurriculum;
  /** A column's meaning in the partner's language, for the dictionary. */
  describe(column: ExportColumn): string;
}

/** The portal as the hub serves it to pages and downloads. */
export interface PartnerPortalService {
  respond(request: Request, context: PartnerContext): Promise<PartnerPage>;
  /** A download, or the refusal as JSON with its status. Every one is audited. */
  exportFile(request: Request, context: PartnerExportContext): Promise<Response>;
}
