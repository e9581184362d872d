/** Cache Storage holding the files of installed bundles, shared by all of them. */
export const BUNDLE_CACHE = 'waypoint-bundles';
/** Cache Storage holding files of downloads in progress, until the whole bundle verifies. */
export const STAGING_CACHE = 'waypoint-bundle-staging';
