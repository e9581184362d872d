import type { AttendanceStatus } from './attendance.ts';
import type { ParticipantDraft } from './participant.ts';

// The people and events of the hub's demo course: six invented Syrian families in a five-day
// Canada course in Amman, bound for Ottawa. Written out rather than drawn at random, so the
// cohort profile reads like a real class.

/** A participant as the trainer registered them, and whether they consented to share. */
export interface DemoPerson {
  draft: ParticipantDraft;
  consents: boolean;
}

type Registered = Omit<ParticipantDraft, 'languages'> & { consents: boolean };

// Everyone speaks Arabic, the language the course is taught in.
const person = ({ consents, ...draft }: Registered): DemoPerson => ({
  draft: { ...draft, languages: ['ar'] },
  consents,
});

/** In registration order: families sit together, and the order sets quiz forms A and B. */
export const demoPeople: readonly DemoPerson[] = [
  person({
    name: 'Khaled',
    familyGroup: 'Haddad',
    ageBand: '18-59',
    gender: 'male',
    literacy: 'functional',
    intake: {
      education: 'secondary',
      languagesSpoken: 'Arabic, some English',
      vocational: 'Electrical wiring',
      employment: 'Electrician, 15 years',
    },
    consents: true,
  }),
  person({
    name: 'Amina',
    familyGroup: 'Haddad',
    ageBand: '18-59',
    gender: 'female',
    literacy: 'basic',
    intake: {
      education: 'primary',
      languagesSpoken: 'Arabic',
      vocational: 'Sewing',
      employment: 'Seamstress at home',
    },
    specialNeeds: 'Reading glasses',
    consents: true,
  }),
  person({
    name: 'Yara',
    familyGroup: 'Haddad',
    ageBand: '12-17',
    gender: 'female',
    literacy: 'functional',
    intake: { education: 'primary', languagesSpoken: 'Arabic, English at school' },
    consents: true,
  }),
  person({
    name: 'Omar',
    familyGroup: 'Haddad',
    ageBand: '12-17',
    gender: 'male',
    literacy: 'functional',
    intake: { education: 'primary', languagesSpoken: 'Arabic' },
    consents: true,
  }),
  person({
    name: 'Mahmoud',
    familyGroup: 'Al-Masri',
    ageBand: '60+',
    gender: 'male',
    literacy: 'none',
    intake: { education: 'none', languagesSpoken: 'Arabic', employment: 'Olive farmer' },
    specialNeeds: 'Walks with a stick',
    consents: false,
  }),
  person({
    name: 'Fatima',
    familyGroup: 'Al-Masri',
    ageBand: '60+',
    gender: 'female',
    literacy: 'none',
    intake: { education: 'none', languagesSpoken: 'Arabic, Kurdish' },
    specialNeeds: 'Hard of hearing',
    consents: false,
  }),
  person({
    name: 'Tariq',
    familyGroup: 'Al-Masri',
    ageBand: '18-59',
    gender: 'male',
    literacy: 'functional',
    intake: {
      education: 'secondary',
      languagesSpoken: 'Arabic, Kurdish, some English',
      vocational: 'Driving licence',
      employment: 'Taxi driver',
    },
    consents: true,
  }),
  person({
    name: 'Rami',
    familyGroup: 'Nasser',
    ageBand: '18-59',
    gender: 'male',
    literacy: 'fluent',
    intake: {
      education: 'university',
      languagesSpoken: 'Arabic, English',
      vocational: 'AutoCAD',
      employment: 'Civil engineer, 8 years',
    },
    consents: true,
  }),
  person({
    name: 'Lina',
    familyGroup: 'Nasser',
    ageBand: '18-59',
    gender: 'female',
    literacy: 'fluent',
    intake: {
      education: 'university',
      languagesSpoken: 'Arabic, English',
      employment: 'Primary school teacher',
    },
    consents: true,
  }),
  person({
    name: 'Sami',
    familyGroup: 'Nasser',
    ageBand: '12-17',
    gender: 'male',
    literacy: 'functional',
    intake: { education: 'primary', languagesSpoken: 'Arabic, some English' },
    consents: true,
  }),
  person({
    name: 'Huda',
    familyGroup: 'Khalil',
    ageBand: '18-59',
    gender: 'female',
    literacy: 'functional',
    intake: {
      education: 'secondary',
      languagesSpoken: 'Arabic',
      vocational: 'Hairdressing',
      employment: 'Hairdresser',
    },
    consents: true,
  }),
  person({
    name: 'Samira',
    familyGroup: 'Khalil',
    ageBand: '60+',
    gender: 'female',
    literacy: 'basic',
    intake: { education: 'primary', languagesSpoken: 'Arabic' },
    consents: false,
  }),
  person({
    name: 'Ahmad',
    familyGroup: 'Darwish',
    ageBand: '18-59',
    gender: 'male',
    literacy: 'basic',
    intake: {
      education: 'primary',
      languagesSpoken: 'Arabic',
      vocational: 'Baking',
      employment: 'Baker',
    },
    consents: false,
  }),
  person({
    name: 'Noor',
    familyGroup: 'Darwish',
    ageBand: '18-59',
    gender: 'female',
    literacy: 'none',
    intake: { education: 'none', languagesSpoken: 'Arabic' },
    consents: false,
  }),
  person({
    name: 'Rana',
    familyGroup: 'Darwish',
    ageBand: '18-59',
    gender: 'female',
    literacy: 'functional',
    intake: { education: 'secondary', languagesSpoken: 'Arabic, some English' },
    consents: false,
  }),
  person({
    name: 'Yousef',
    familyGroup: 'Saleh',
    ageBand: '18-59',
    gender: 'male',
    literacy: 'functional',
    intake: {
      education: 'vocational',
      languagesSpoken: 'Arabic, Turkish',
      vocational: 'Car mechanics',
      employment: 'Mechanic in Gaziantep',
    },
    consents: true,
  }),
  person({
    name: 'Mariam',
    familyGroup: 'Saleh',
    ageBand: '18-59',
    gender: 'female',
    literacy: 'functional',
    intake: {
      education: 'secondary',
      languagesSpoken: 'Arabic, Turkish',
      employment: 'Shop assistant',
    },
    consents: true,
  }),
  person({
    name: 'Hiba',
    familyGroup: 'Saleh',
    ageBand: '12-17',
    gender: 'female',
    literacy: 'functional',
    intake: { education: 'primary', languagesSpoken: 'Arabic, Turkish' },
    consents: true,
  }),
];

/** Who was not simply present, by first name and course day; everyone else was. */
export const demoAttendance: readonly { day: number; name: string; status: AttendanceStatus }[] = [
  { day: 1, name: 'Noor', status: 'late' },
  { day: 2, name: 'Mahmoud', status: 'absent' },
  { day: 2, name: 'Yara', status: 'late' },
  { day: 3, name: 'Ahmad', status: 'absent' },
  { day: 3, name: 'Hiba', status: 'late' },
  { day: 4, name: 'Fatima', status: 'absent' },
  { day: 4, name: 'Rami', status: 'left-early' },
  { day: 5, name: 'Samira', status: 'late' },
];

/** The key messages that did not land: few right after the course as well as before. */
export const demoWeakObjectives = ['health-where-to-go', 'housing-lease', 'employment-debt-scams'];

/** What the anonymous box held at the end of each day. */
export const demoQuestions: readonly { day: number; text: string }[] = [
  { day: 1, text: 'Do we pay for the hotel when we first arrive in Ottawa?' },
  { day: 1, text: 'How long until we have our own apartment?' },
  { day: 2, text: 'Can I see a doctor who speaks Arabic?' },
  { day: 2, text: 'How much is the travel loan and when do we start paying it back?' },
  { day: 3, text: 'Will my children start school at once, or learn English first?' },
  { day: 3, text: 'My son missed two years of school. Which grade will he join?' },
  { day: 4, text: 'Can I work as an engineer in Canada with my degree from Damascus?' },
  { day: 4, text: 'Is it true that rent takes most of the money we get each month?' },
];

/** The trainer's notes for some days. */
export const demoNotes: readonly { day: number; text: string }[] = [
  {
    day: 2,
    text: 'Many questions about finding a family doctor; several expect to see a specialist directly.',
  },
  {
    day: 4,
    text: 'Long talk about leases and deposits. Mahmoud and Fatima want to live near their son Tariq.',
  },
];
