import type certificates from '../../locales/en/certificates.json';
import type child from '../../locales/en/child.json';
import type cohorts from '../../locales/en/cohorts.json';
import type common from '../../locales/en/common.json';
import type downloads from '../../locales/en/downloads.json';
import type feedback from '../../locales/en/feedback.json';
import type gbv from '../../locales/en/gbv.json';
import type learn from '../../locales/en/learn.json';
import type learners from '../../locales/en/learners.json';
import type narration from '../../locales/en/narration.json';
import type offline from '../../locales/en/offline.json';
import type operator from '../../locales/en/operator.json';
import type partner from '../../locales/en/partner.json';
import type participants from '../../locales/en/participants.json';
import type progress from '../../locales/en/progress.json';
import type quiz from '../../locales/en/quiz.json';
import type register from '../../locales/en/register.json';
import type results from '../../locales/en/results.json';
import type sessions from '../../locales/en/sessions.json';
import type search from '../../locales/en/search.json';
import type sync from '../../locales/en/sync.json';
import type trainer from '../../locales/en/trainer.json';

// Keys are typed from the English files, so a misspelt key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      learn: typeof learn;
      offline: typeof offline;
      progress: typeof progress;
      downloads: typeof downloads;
      trainer: typeof trainer;
      cohorts: typeof cohorts;
      participants: typeof participants;
      register: typeof register;
      sessions: typeof sessions;
      certificates: typeof certificates;
      results: typeof results;
      feedback: typeof feedback;
      search: typeof search;
      learners: typeof learners;
      quiz: typeof quiz;
      child: typeof child;
      narration: typeof narration;
      gbv: typeof gbv;
      sync: typeof sync;
      operator: typeof operator;
      partner: typeof partner;
    };
  }
}
