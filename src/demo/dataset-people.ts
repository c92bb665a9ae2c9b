import { addMinutes, toIsoLocal } from './dates.util';
import type { DatasetBuilder, DemoClock } from './dataset-builder';
import type { BeamLineName } from './dataset-lookups';
import type { ProposalState } from './dataset.types';
import type { Rng } from './random';

interface LabSpec {
  key: string;
  name: string;
  address: string;
  city: string;
  country: string;
  url: string | null;
}

const LABS: readonly LabSpec[] = [
  {
    key: 'ibs',
    name: 'Institut de Biologie Structurale',
    address: '71 avenue des Martyrs\nCS 10090',
    city: 'Grenoble',
    country: 'France',
    url: 'https://www.ibs.fr',
  },
  {
    key: 'mpi',
    name: 'Max Planck Institute for Medical Research',
    address: 'Jahnstrasse 29',
    city: 'Heidelberg',
    country: 'Germany',
    url: null,
  },
  {
    key: 'gu',
    name: 'University of Gothenburg, Chemistry and Molecular Biology',
    address: 'Medicinaregatan 9C',
    city: 'Gothenburg',
    country: 'Sweden',
    url: null,
  },
  {
    key: 'novalis',
    name: 'Novalis Therapeutics (demo company)',
    address: 'Hochbergerstrasse 60',
    city: 'Basel',
    country: 'Switzerland',
    url: null,
  },
  {
    key: 'esrf',
    name: 'ESRF - The European Synchrotron',
    address: '71 avenue des Martyrs\nCS 40220',
    city: 'Grenoble',
    country: 'France',
    url: 'https://www.esrf.fr',
  },
  {
    key: 'i3s',
    name: 'i3S - Universidade do Porto',
    address: 'Rua Alfredo Allen 208',
    city: 'Porto',
    country: 'Portugal',
    url: null,
  },
];

interface PersonSpec {
  key: string;
  login: string | null;
  title: string | null;
  givenName: string;
  familyName: string;
  lab: string;
}

/** Persons with a login can sign in (dummy plugin); the others only appear as members. */
const PERSONS: readonly PersonSpec[] = [
  {
    key: 'scientist',
    login: 'scientist',
    title: 'Dr',
    givenName: 'Elena',
    familyName: 'Marchetti',
    lab: 'ibs',
  },
  {
    key: 'visitor',
    login: 'visitor',
    title: null,
    givenName: 'Tomas',
    familyName: 'Novak',
    lab: 'gu',
  },
  {
    key: 'staff',
    login: 'staff',
    title: null,
    givenName: 'Grace',
    familyName: 'Okafor',
    lab: 'esrf',
  },
  {
    key: 'blsci',
    login: 'blsci',
    title: 'Dr',
    givenName: 'Julien',
    familyName: 'Moreau',
    lab: 'esrf',
  },
  { key: 'grant', login: null, title: null, givenName: 'Oliver', familyName: 'Grant', lab: 'ibs' },
  { key: 'raman', login: null, title: 'Prof', givenName: 'Priya', familyName: 'Raman', lab: 'ibs' },
  {
    key: 'lindqvist',
    login: null,
    title: 'Prof',
    givenName: 'Sofia',
    familyName: 'Lindqvist',
    lab: 'gu',
  },
  {
    key: 'tanaka',
    login: null,
    title: 'Dr',
    givenName: 'Hiroshi',
    familyName: 'Tanaka',
    lab: 'mpi',
  },
  { key: 'weber', login: null, title: null, givenName: 'Lukas', familyName: 'Weber', lab: 'mpi' },
  {
    key: 'keller',
    login: null,
    title: 'Dr',
    givenName: 'Daniel',
    familyName: 'Keller',
    lab: 'novalis',
  },
  { key: 'ribeiro', login: null, title: 'Dr', givenName: 'Ana', familyName: 'Ribeiro', lab: 'i3s' },
  {
    key: 'bernard',
    login: null,
    title: 'Dr',
    givenName: 'Chloé',
    familyName: 'Bernard',
    lab: 'ibs',
  },
  {
    key: 'garcia',
    login: null,
    title: 'Dr',
    givenName: 'Mateo',
    familyName: 'García',
    lab: 'esrf',
  },
  { key: 'mensah', login: null, title: null, givenName: 'Kwame', familyName: 'Mensah', lab: 'gu' },
];

const USER_GROUPS: readonly { name: string; permissions: string[]; members: string[] }[] = [
  {
    name: 'Facility staff',
    permissions: ['all_proposals', 'manage_options', 'view_activity', 'manage_persons', 'ssx_sync'],
    members: ['staff'],
  },
  { name: 'MX beamline scientists', permissions: ['mx_admin'], members: ['blsci'] },
];

interface ProposalSpec {
  code: string;
  number: string;
  title: string;
  state: ProposalState;
  pi: string;
  members: readonly (readonly [person: string, role: string])[];
}

const PROPOSALS: readonly ProposalSpec[] = [
  {
    code: 'MX',
    number: '2417',
    title: 'Rotation data of GH5 endoglucanases from soil metagenomes',
    state: 'Closed',
    pi: 'ribeiro',
    members: [['ribeiro', 'Principal Investigator']],
  },
  {
    code: 'IX',
    number: '0042',
    title: 'Fragment screening of thaumatin (industrial, proprietary)',
    state: 'Closed',
    pi: 'keller',
    members: [['keller', 'Principal Investigator']],
  },
  {
    code: 'MX',
    number: '2532',
    title: 'Time-resolved serial crystallography of the photoactive yellow protein photocycle',
    state: 'Open',
    pi: 'scientist',
    members: [
      ['scientist', 'Principal Investigator'],
      ['grant', 'Co-Investigator'],
    ],
  },
  {
    code: 'MX',
    number: '2545',
    title: 'ID29 in-house research: serial crystallography method development',
    state: 'Open',
    pi: 'blsci',
    members: [
      ['blsci', 'Principal Investigator'],
      ['garcia', 'Co-Investigator'],
    ],
  },
  {
    code: 'LS',
    number: '3180',
    title:
      'Room-temperature structures of myoglobin in lipidic cubic phase by serial crystallography',
    state: 'Open',
    pi: 'lindqvist',
    members: [
      ['lindqvist', 'Principal Investigator'],
      ['scientist', 'Co-Investigator'],
      ['mensah', 'Co-Investigator'],
    ],
  },
  {
    code: 'MX',
    number: '2601',
    title: 'Mix-and-inject serial crystallography of lysozyme-chitotriose binding',
    state: 'Open',
    pi: 'raman',
    members: [
      ['raman', 'Principal Investigator'],
      ['scientist', 'Co-Investigator'],
    ],
  },
  {
    code: 'MX',
    number: '2610',
    title: 'Structural basis of inhibitor selectivity in thermophilic protein kinases',
    state: 'Open',
    pi: 'tanaka',
    // `scientist` is deliberately NOT here: they reach this proposal through one session only.
    members: [
      ['tanaka', 'Principal Investigator'],
      ['weber', 'Co-Investigator'],
    ],
  },
  {
    code: 'LS',
    number: '3205',
    title: 'Microcrystals of a bacterial multidrug transporter for serial data collection',
    state: 'Open',
    pi: 'bernard',
    members: [['bernard', 'Principal Investigator']],
  },
];

interface SessionSpec {
  proposal: string;
  visit: number;
  beamLine: BeamLineName;
  /** Start: `today + day` at `hour`. */
  day: number;
  hour: number;
  hours: number;
  scheduled?: boolean;
  types?: readonly string[];
  comments?: string;
  operator: string | null;
  people: readonly (readonly [person: string, role: string, remote: boolean])[];
}

/**
 * Sessions relative to today: past, running now (MX2532-3, MX2610-3, LS3205-3 always contain
 * "now", since they run from yesterday to at least tomorrow) and upcoming. Data are attached
 * elsewhere; sessions without data are left empty on purpose.
 */
const SESSIONS: readonly SessionSpec[] = [
  {
    proposal: 'MX2417',
    visit: 1,
    beamLine: 'ID23-2',
    day: -300,
    hour: 9,
    hours: 24,
    operator: 'M. García',
    people: [['ribeiro', 'Team Leader', false]],
  },
  {
    proposal: 'MX2417',
    visit: 2,
    beamLine: 'ID30A-3',
    day: -280,
    hour: 9,
    hours: 24,
    operator: 'J. Moreau',
    people: [['ribeiro', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'MX2417',
    visit: 3,
    beamLine: 'P14',
    day: -260,
    hour: 9,
    hours: 24,
    operator: null,
    people: [],
  },
  {
    proposal: 'IX0042',
    visit: 1,
    beamLine: 'BM07',
    day: -200,
    hour: 9,
    hours: 24,
    operator: 'M. García',
    people: [['keller', 'Team Leader', true]],
    types: ['remote'],
    comments: 'Proprietary: data under embargo',
  },
  {
    proposal: 'IX0042',
    visit: 2,
    beamLine: 'BM07',
    day: -170,
    hour: 9,
    hours: 24,
    operator: 'M. García',
    people: [],
  },
  {
    proposal: 'IX0042',
    visit: 3,
    beamLine: 'ID23-2',
    day: -150,
    hour: 9,
    hours: 24,
    operator: 'M. García',
    people: [['keller', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'MX2532',
    visit: 1,
    beamLine: 'ID29',
    day: -95,
    hour: 8,
    hours: 48,
    operator: 'J. Moreau',
    people: [
      ['scientist', 'Team Leader', false],
      ['blsci', 'Local Contact', false],
    ],
    comments: 'Chip loading tests, no data kept',
  },
  {
    proposal: 'MX2610',
    visit: 1,
    beamLine: 'ID30A-3',
    day: -75,
    hour: 9,
    hours: 24,
    operator: 'J. Moreau',
    people: [['tanaka', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'LS3180',
    visit: 1,
    beamLine: 'ID29',
    day: -60,
    hour: 8,
    hours: 48,
    operator: 'J. Moreau',
    people: [
      ['lindqvist', 'Team Leader', false],
      ['mensah', 'Team Member', false],
      ['blsci', 'Local Contact', false],
    ],
    comments: 'LCP viscous injector, myoglobin',
  },
  {
    proposal: 'MX2545',
    visit: 3,
    beamLine: 'ID30A-3',
    day: -45,
    hour: 8,
    hours: 12,
    operator: 'J. Moreau',
    people: [['blsci', 'Team Leader', false]],
    types: ['commissioning'],
  },
  {
    proposal: 'MX2601',
    visit: 1,
    beamLine: 'ID29',
    day: -40,
    hour: 8,
    hours: 48,
    operator: 'J. Moreau',
    people: [
      ['raman', 'Team Leader', false],
      ['scientist', 'Team Member', false],
      ['blsci', 'Local Contact', false],
    ],
    comments: 'Mix-and-inject, GDVN',
  },
  {
    proposal: 'LS3180',
    visit: 2,
    beamLine: 'ID23-2',
    day: -30,
    hour: 9,
    hours: 24,
    operator: 'M. García',
    people: [['mensah', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'MX2610',
    visit: 2,
    beamLine: 'ID23-2',
    day: -20,
    hour: 9,
    hours: 24,
    operator: 'M. García',
    people: [
      ['weber', 'Team Leader', true],
      ['scientist', 'Team Member', true],
    ],
    types: ['remote'],
  },
  {
    proposal: 'MX2532',
    visit: 2,
    beamLine: 'ID29',
    day: -12,
    hour: 8,
    hours: 48,
    operator: 'J. Moreau',
    people: [
      ['scientist', 'Team Leader', false],
      ['grant', 'Team Member', false],
      ['blsci', 'Local Contact', false],
    ],
    comments: 'PYP pump-probe delay series',
  },
  {
    proposal: 'LS3205',
    visit: 1,
    beamLine: 'P14',
    day: -8,
    hour: 9,
    hours: 24,
    operator: null,
    people: [['bernard', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'MX2545',
    visit: 1,
    beamLine: 'ID29',
    day: -5,
    hour: 8,
    hours: 24,
    operator: 'J. Moreau',
    people: [
      ['blsci', 'Team Leader', false],
      ['garcia', 'Team Member', false],
    ],
    types: ['commissioning'],
    comments: 'Chip commissioning with thaumatin',
  },
  {
    proposal: 'MX2532',
    visit: 3,
    beamLine: 'ID29',
    day: -1,
    hour: 8,
    hours: 72,
    operator: 'J. Moreau',
    people: [
      ['scientist', 'Team Leader', false],
      ['grant', 'Team Member', true],
      ['blsci', 'Local Contact', false],
    ],
    comments: 'HARE on PYP',
  },
  {
    proposal: 'MX2610',
    visit: 3,
    beamLine: 'ID30A-3',
    day: -1,
    hour: 8,
    hours: 48,
    operator: 'J. Moreau',
    people: [['tanaka', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'LS3205',
    visit: 3,
    beamLine: 'P14',
    day: -1,
    hour: 20,
    hours: 36,
    operator: null,
    people: [['bernard', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'MX2545',
    visit: 2,
    beamLine: 'ID29',
    day: 3,
    hour: 8,
    hours: 24,
    operator: 'J. Moreau',
    people: [['blsci', 'Team Leader', false]],
    types: ['commissioning'],
  },
  {
    proposal: 'MX2601',
    visit: 2,
    beamLine: 'P14',
    day: 9,
    hour: 9,
    hours: 24,
    operator: null,
    people: [['raman', 'Team Leader', true]],
    types: ['remote'],
  },
  {
    proposal: 'MX2610',
    visit: 4,
    beamLine: 'BM07',
    day: 14,
    hour: 9,
    hours: 24,
    operator: 'M. García',
    people: [],
  },
  {
    proposal: 'MX2532',
    visit: 4,
    beamLine: 'ID29',
    day: 21,
    hour: 8,
    hours: 48,
    operator: 'J. Moreau',
    people: [['scientist', 'Team Leader', false]],
  },
  {
    proposal: 'LS3180',
    visit: 3,
    beamLine: 'ID29',
    day: 35,
    hour: 8,
    hours: 48,
    operator: 'J. Moreau',
    people: [['lindqvist', 'Team Leader', false]],
  },
  {
    proposal: 'MX2601',
    visit: 3,
    beamLine: 'ID29',
    day: 45,
    hour: 8,
    hours: 48,
    operator: null,
    people: [],
    scheduled: false,
    comments: 'Provisional, to be confirmed',
  },
  {
    proposal: 'LS3205',
    visit: 2,
    beamLine: 'BM07',
    day: 60,
    hour: 9,
    hours: 24,
    operator: null,
    people: [],
  },
];

interface LabContactSpec {
  proposal: string;
  person: string;
  cardName: string;
  courier: string | null;
}

/** LS3180 deliberately has no lab contact (its shipment is incomplete). */
const LAB_CONTACTS: readonly LabContactSpec[] = [
  { proposal: 'MX2532', person: 'scientist', cardName: 'Marchetti-IBS', courier: 'DHL' },
  { proposal: 'MX2532', person: 'grant', cardName: 'Grant-IBS', courier: 'DHL' },
  { proposal: 'MX2601', person: 'raman', cardName: 'Raman-IBS', courier: 'FedEx' },
  { proposal: 'MX2610', person: 'tanaka', cardName: 'Tanaka-MPI', courier: 'World Courier' },
  { proposal: 'MX2610', person: 'weber', cardName: 'Weber-MPI', courier: 'World Courier' },
  { proposal: 'IX0042', person: 'keller', cardName: 'Keller-Novalis', courier: 'DHL' },
  { proposal: 'MX2417', person: 'ribeiro', cardName: 'Ribeiro-i3S', courier: 'UPS' },
  { proposal: 'MX2545', person: 'blsci', cardName: 'Moreau-ESRF', courier: null },
  { proposal: 'LS3205', person: 'bernard', cardName: 'Bernard-IBS', courier: 'DHL' },
];

/**
 * Laboratories, persons, user groups, proposals, sessions and their members, lab contacts.
 * Remembers `person:<key>`, `lab:<key>`, `proposal:<name>`, `session:<name>`, `labcontact:<card>`.
 */
export function addPeople(b: DatasetBuilder, rng: Rng, clock: DemoClock): void {
  const recorded = (days: number): string => toIsoLocal(clock.at(days, 10, rng.int(0, 59)));

  for (const lab of LABS) {
    b.data.laboratories.push({
      laboratoryId: b.remember(`lab:${lab.key}`, b.nextId('laboratories')),
      name: lab.name,
      address: lab.address,
      city: lab.city,
      country: lab.country,
      url: lab.url,
      laboratoryExtPk: null,
      recordTimeStamp: recorded(-900),
    });
  }

  for (const person of PERSONS) {
    const emailName = `${person.givenName}.${person.familyName}`
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    b.data.persons.push({
      personId: b.remember(`person:${person.key}`, b.nextId('persons')),
      laboratoryId: b.ref(`lab:${person.lab}`),
      title: person.title,
      givenName: person.givenName,
      familyName: person.familyName,
      emailAddress: `${emailName}@example.org`,
      phoneNumber: `+33 4 76 ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      login: person.login,
      recordTimeStamp: recorded(-800),
    });
  }

  for (const group of USER_GROUPS) {
    const userGroupId = b.nextId('userGroups');
    b.data.userGroups.push({ userGroupId, name: group.name, permissions: [...group.permissions] });
    for (const member of group.members) {
      b.data.userGroupHasPerson.push({ userGroupId, personId: b.ref(`person:${member}`) });
    }
  }

  for (const spec of PROPOSALS) {
    const name = `${spec.code}${spec.number}`;
    const proposalId = b.remember(`proposal:${name}`, b.nextId('proposals'));
    b.data.proposals.push({
      proposalId,
      personId: b.ref(`person:${spec.pi}`),
      title: spec.title,
      proposalCode: spec.code,
      proposalNumber: spec.number,
      proposalType: 'MX',
      state: spec.state,
      bltimeStamp: recorded(spec.state === 'Closed' ? -420 : -150),
    });
    for (const [person, role] of spec.members) {
      b.data.proposalHasPerson.push({
        proposalHasPersonId: b.nextId('proposalHasPerson'),
        proposalId,
        personId: b.ref(`person:${person}`),
        role,
      });
    }
  }

  for (const spec of SESSIONS) {
    const name = `${spec.proposal}-${spec.visit}`;
    const start = clock.at(spec.day, spec.hour);
    const sessionId = b.remember(`session:${name}`, b.nextId('sessions'));
    b.data.sessions.push({
      sessionId,
      proposalId: b.ref(`proposal:${spec.proposal}`),
      beamLineSetupId: b.ref(`setup:${spec.beamLine}`),
      startDate: toIsoLocal(start),
      endDate: toIsoLocal(addMinutes(start, spec.hours * 60)),
      beamLineName: spec.beamLine,
      scheduled: spec.scheduled ?? true,
      nbShifts: Math.round(spec.hours / 8),
      comments: spec.comments ?? null,
      beamLineOperator: spec.operator,
      visit_number: spec.visit,
      nbReimbDewars: spec.proposal.startsWith('IX') ? null : rng.int(0, 2),
    });
    for (const typeName of spec.types ?? []) {
      b.data.sessionTypes.push({ sessionTypeId: b.nextId('sessionTypes'), sessionId, typeName });
    }
    for (const [person, role, remote] of spec.people) {
      b.data.sessionHasPerson.push({
        sessionId,
        personId: b.ref(`person:${person}`),
        role,
        remote,
      });
    }
  }

  for (const spec of LAB_CONTACTS) {
    b.data.labContacts.push({
      labContactId: b.remember(`labcontact:${spec.cardName}`, b.nextId('labContacts')),
      personId: b.ref(`person:${spec.person}`),
      cardName: spec.cardName,
      proposalId: b.ref(`proposal:${spec.proposal}`),
      defaultCourrierCompany: spec.courier,
      courierAccount: spec.courier ? `${rng.int(100000, 999999)}` : null,
      billingReference: spec.proposal.startsWith('IX') ? 'PO-2024-0042' : null,
      dewarAvgCustomsValue: spec.courier ? rng.pick([0, 100, 250, 500]) : 0,
      dewarAvgTransportValue: spec.courier ? rng.pick([0, 50, 150, 300]) : 0,
      recordTimeStamp: recorded(-120),
    });
  }
}
