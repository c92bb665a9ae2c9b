import type {
  AutoProcIntegrationRow,
  AutoProcProgramAttachmentRow,
  AutoProcProgramMessageRow,
  AutoProcProgramRow,
  AutoProcRow,
  AutoProcScalingStatisticsRow,
  BLSampleRow,
  CompositionRow,
  DataCollectionGroupRow,
  DataCollectionRow,
  DemoDataset,
  DewarRow,
  ContainerRow,
  EventChainRow,
  EventRow,
  ProposalHasPersonRow,
  RobotActionRow,
  SessionHasPersonRow,
  SessionRow,
} from './dataset.types';

function byId<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K | null): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Lookup maps over the dataset: the "indexes" that make the demo's queries cheap. */
export function indexDataset(data: DemoDataset) {
  return {
    data,
    persons: byId(data.persons, (row) => row.personId),
    personsByLogin: byId(
      data.persons.filter((row) => row.login !== null),
      (row) => row.login ?? '',
    ),
    laboratories: byId(data.laboratories, (row) => row.laboratoryId),
    proposals: byId(data.proposals, (row) => row.proposalId),
    proposalsByName: byId(data.proposals, (row) => `${row.proposalCode}${row.proposalNumber}`),
    sessions: byId(data.sessions, (row) => row.sessionId),
    beamLineSetups: byId(data.beamLineSetups, (row) => row.beamLineSetupId),
    labContacts: byId(data.labContacts, (row) => row.labContactId),
    shippings: byId(data.shippings, (row) => row.shippingId),
    dewars: byId(data.dewars, (row) => row.dewarId),
    containers: byId(data.containers, (row) => row.containerId),
    proteins: byId(data.proteins, (row) => row.proteinId),
    crystals: byId(data.crystals, (row) => row.crystalId),
    samples: byId(data.samples, (row) => row.blSampleId),
    components: byId(data.components, (row) => row.componentId),
    componentTypes: byId(data.componentTypes, (row) => row.componentTypeId),
    concentrationTypes: byId(data.concentrationTypes, (row) => row.concentrationTypeId),
    detectors: byId(data.detectors, (row) => row.detectorId),
    groups: byId(data.dataCollectionGroups, (row) => row.dataCollectionGroupId),
    dataCollections: byId(data.dataCollections, (row) => row.dataCollectionId),
    ssxDataCollections: byId(data.ssxDataCollections, (row) => row.dataCollectionId),
    programs: byId(data.autoProcPrograms, (row) => row.autoProcProgramId),
    attachments: byId(data.autoProcProgramAttachments, (row) => row.autoProcProgramAttachmentId),
    ssxProcessing: byId(data.ssxProcessing, (row): number => row.dataCollectionId),

    sessionsByProposal: groupBy<SessionRow, number>(data.sessions, (row) => row.proposalId),
    proposalHasPersonByProposal: groupBy<ProposalHasPersonRow, number>(
      data.proposalHasPerson,
      (row) => row.proposalId,
    ),
    proposalHasPersonByPerson: groupBy<ProposalHasPersonRow, number>(
      data.proposalHasPerson,
      (row) => row.personId,
    ),
    sessionHasPersonBySession: groupBy<SessionHasPersonRow, number>(
      data.sessionHasPerson,
      (row) => row.sessionId,
    ),
    sessionHasPersonByPerson: groupBy<SessionHasPersonRow, number>(
      data.sessionHasPerson,
      (row) => row.personId,
    ),
    sessionTypesBySession: groupBy(data.sessionTypes, (row) => row.sessionId),
    groupsBySession: groupBy<DataCollectionGroupRow, number>(
      data.dataCollectionGroups,
      (row) => row.sessionId,
    ),
    groupsBySample: groupBy<DataCollectionGroupRow, number>(
      data.dataCollectionGroups,
      (row) => row.blSampleId,
    ),
    dataCollectionsByGroup: groupBy<DataCollectionRow, number>(
      data.dataCollections,
      (row) => row.dataCollectionGroupId,
    ),
    chainsByDataCollection: groupBy<EventChainRow, number>(
      data.eventChains,
      (row) => row.dataCollectionId,
    ),
    eventsByChain: groupBy<EventRow, number>(data.events, (row) => row.eventChainId),
    robotActionsBySession: groupBy<RobotActionRow, number>(
      data.robotActions,
      (row) => row.blsessionId,
    ),
    programsByDataCollection: groupBy<AutoProcProgramRow, number>(
      data.autoProcPrograms,
      (row) => row.dataCollectionId,
    ),
    messagesByProgram: groupBy<AutoProcProgramMessageRow, number>(
      data.autoProcProgramMessages,
      (row) => row.autoProcProgramId,
    ),
    attachmentsByProgram: groupBy<AutoProcProgramAttachmentRow, number>(
      data.autoProcProgramAttachments,
      (row) => row.autoProcProgramId,
    ),
    integrationsByProgram: groupBy<AutoProcIntegrationRow, number>(
      data.autoProcIntegrations,
      (row) => row.autoProcProgramId,
    ),
    integrationsByDataCollection: groupBy<AutoProcIntegrationRow, number>(
      data.autoProcIntegrations,
      (row) => row.dataCollectionId,
    ),
    autoProcsByProgram: groupBy<AutoProcRow, number>(
      data.autoProcs,
      (row) => row.autoProcProgramId,
    ),
    statisticsByAutoProc: groupBy<AutoProcScalingStatisticsRow, number>(
      data.autoProcScalingStatistics,
      (row) => row.autoProcId,
    ),
    samplesByContainer: groupBy<BLSampleRow, number>(data.samples, (row) => row.containerId),
    containersByDewar: groupBy<ContainerRow, number>(data.containers, (row) => row.dewarId),
    dewarsByShipping: groupBy<DewarRow, number>(data.dewars, (row) => row.shippingId),
    sampleCompositionsBySample: groupBy<CompositionRow, number>(
      data.sampleCompositions,
      (row) => row.blSampleId,
    ),
    crystalCompositionsByCrystal: groupBy<CompositionRow, number>(
      data.crystalCompositions,
      (row) => row.crystalId,
    ),
  };
}

export type DatasetIndex = ReturnType<typeof indexDataset>;

/** Proposal name as py-ispyb builds it: proposalCode + proposalNumber. */
export function proposalName(row: { proposalCode: string; proposalNumber: string }): string {
  return `${row.proposalCode}${row.proposalNumber}`;
}
