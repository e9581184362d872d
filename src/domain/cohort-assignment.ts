/** A cohort as the operator sees it, with the organisations it is assigned to. */
export interface HubCohort {
  id: string;
  destination: string;
  destinationCity: string;
  location: string;
  /** `YYYY-MM-DD`, as the trainer entered it. */
  departure: string;
  organisations: string[];
}

/** A partner account as the operator's list shows it; never its password hash. */
export interface PartnerSummary {
  email: string;
  organisation: string;
  destination: string;
  cities: string[];
  createdAt: Date;
}

/**
 * The organisations a cohort can still be given to: those with a partner in the cohort's
 * destination (the hub refuses any other), less those that have it already.
 */
export function assignableOrganisations(
  cohort: Pick<HubCohort, 'destination' | 'organisations'>,
  partners: readonly Pick<PartnerSummary, 'organisation' | 'destination'>[],
): string[] {
  const matching = partners
    .filter((p) => p.destination === cohort.destination)
    .map((p) => p.organisation)
    .filter((organisation) => !cohort.organisations.includes(organisation));
  return [...new Set(matching)].sort((a, b) => a.localeCompare(b));
}
