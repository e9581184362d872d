import type { DemoAccounts } from './seed-demo.ts';

/** What `npm start` prints once it has seeded the demo: where to sign in, and with what. */
export function demoNotice(accounts: DemoAccounts, baseUrl: string): string[] {
  const { operator, partner } = accounts;
  const width = Math.max(operator.email.length, partner.email.length);
  return [
    '',
    'The database was empty, so Waypoint added demo data: a Canada cohort bound for Ottawa and',
    'two demo accounts (the passwords are shown only now):',
    `  operator  ${operator.email.padEnd(width)}  ${operator.password}  ${baseUrl}en/operator/`,
    `  partner   ${partner.email.padEnd(width)}  ${partner.password}  ${baseUrl}en/partner/`,
    `The partner account reads for "${partner.organisation}", which receives the cohort.`,
    'These are demo accounts with made-up data, not for real work. To start without them, start',
    'an empty database with WAYPOINT_DEMO=0.',
  ];
}
