import { addDays, startOfUtcDay, toIsoLocal } from './dates.util';
import type { DemoDataset } from './dataset.types';

type TableName = Exclude<
  keyof DemoDataset,
  'seed' | 'generatedAt' | 'motd' | 'beamLineGroups' | 'componentTypes' | 'concentrationTypes'
>;

/**
 * Each table numbers its rows from its own base, so ids of different tables never coincide: a
 * client that passes a sessionId where a dataCollectionId belongs gets a 404, not a wrong row.
 */
const ID_BASE: Partial<Record<TableName, number>> = {
  laboratories: 300,
  persons: 1000,
  userGroups: 10,
  proposals: 200,
  proposalHasPerson: 400,
  beamLineSetups: 20,
  sessions: 5000,
  sessionTypes: 50,
  labContacts: 2700,
  shippings: 3100,
  dewars: 3400,
  containers: 3700,
  proteins: 800,
  crystals: 6200,
  samples: 7300,
  components: 900,
  sampleCompositions: 9400,
  crystalCompositions: 9600,
  detectors: 0,
  dataCollectionGroups: 12000,
  dataCollections: 40000,
  eventChains: 1500,
  events: 16000,
  robotActions: 2200,
  autoProcPrograms: 52000,
  autoProcProgramMessages: 600,
  autoProcProgramAttachments: 61000,
  autoProcIntegrations: 53000,
  autoProcs: 54000,
  autoProcScalingStatistics: 55000,
};

/** Clock helpers: everything is placed relative to the start of "today" (UTC). */
export interface DemoClock {
  now: Date;
  /** Start of the current UTC day. */
  today: Date;
  /** `today + days`, at `hour:minute`. */
  at(days: number, hour: number, minute?: number): Date;
}

export function createClock(now: Date): DemoClock {
  const today = startOfUtcDay(now);
  return {
    now,
    today,
    at: (days, hour, minute = 0) =>
      new Date(addDays(today, days).getTime() + (hour * 60 + minute) * 60_000),
  };
}

/** Mutable dataset under construction, with per-table id counters and name lookups. */
export class DatasetBuilder {
  readonly data: DemoDataset;
  private readonly counters = new Map<TableName, number>();
  private readonly keys = new Map<string, number>();

  constructor(seed: number, now: Date) {
    this.data = {
      seed,
      generatedAt: toIsoLocal(now),
      motd: '',
      beamLineGroups: [],
      laboratories: [],
      persons: [],
      userGroups: [],
      userGroupHasPerson: [],
      proposals: [],
      proposalHasPerson: [],
      beamLineSetups: [],
      sessions: [],
      sessionTypes: [],
      sessionHasPerson: [],
      labContacts: [],
      shippings: [],
      dewars: [],
      containers: [],
      componentTypes: [],
      concentrationTypes: [],
      proteins: [],
      crystals: [],
      samples: [],
      components: [],
      sampleCompositions: [],
      crystalCompositions: [],
      detectors: [],
      dataCollectionGroups: [],
      dataCollections: [],
      ssxDataCollections: [],
      eventTypes: [],
      eventChains: [],
      events: [],
      robotActions: [],
      autoProcPrograms: [],
      autoProcProgramMessages: [],
      autoProcProgramAttachments: [],
      autoProcIntegrations: [],
      autoProcs: [],
      autoProcScalingStatistics: [],
      ssxProcessing: [],
      ssxMerges: [],
    };
  }

  nextId(table: TableName): number {
    const next = (this.counters.get(table) ?? ID_BASE[table] ?? 0) + 1;
    this.counters.set(table, next);
    return next;
  }

  /** Remembers an id under a readable key (`person:scientist`, `session:MX2532-2`). */
  remember(key: string, id: number): number {
    if (this.keys.has(key)) throw new Error(`Duplicate demo key ${key}`);
    this.keys.set(key, id);
    return id;
  }

  ref(key: string): number {
    const id = this.keys.get(key);
    if (id === undefined) throw new Error(`Unknown demo key ${key}`);
    return id;
  }
}
