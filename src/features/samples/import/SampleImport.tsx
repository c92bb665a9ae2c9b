import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  Loader,
  Modal,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconUpload } from '@tabler/icons-react';
import { useDeferredValue, useId, useMemo, useState, useTransition } from 'react';
import { Link } from 'react-router';
import { capabilitiesQuery } from '../../../api/capabilities';
import { isApiError } from '../../../api/errors';
import { useHttp } from '../../../api/http-context';
import { proposalProteinsQuery } from '../../../api/ispyb/proteins';
import {
  canImportSamples,
  importSamples,
  invalidateAfterImport,
  problemCells,
  type ProblemCell,
} from '../../../api/ispyb/sample-import';
import { containerSamplesQuery } from '../../../api/ispyb/samples';
import { ErrorPanel } from '../../../components/ErrorPanel';
import type { Sample } from '../../../domain/sample';
import { readSheet, setCell, validateSheet } from '../../../domain/sample-import';
import { parseCsv } from '../../../lib/csv-parse';
import { downloadBlob, safeFileName } from '../../../lib/download';
import { samplePath, samplesPath } from '../../../lib/paths';
import { useUrlState } from '../../../lib/url-state';
import { useAuthSession } from '../../../lib/use-auth-session';
import { ContainerStep } from './ContainerStep';
import { cleanedCsv, templateCsv } from './import-files';
import { loadImport, saveImport, type StoredImport } from './import-storage';
import { importUrlCodec } from './import-url';
import { ImportPreview } from './ImportPreview';

/** A file's text through FileReader: it decodes UTF-8 (and the BOM) everywhere, jsdom included. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** Reads, checks and (on confirmation) creates the samples of one CSV file. */
export function SampleImport({ proposalName }: { proposalName: string }) {
  const http = useHttp();
  const client = useQueryClient();
  const { data: proteins } = useSuspenseQuery(proposalProteinsQuery(http, proposalName));
  const { data: capabilities } = useSuspenseQuery(capabilitiesQuery(http));
  const supported = canImportSamples(capabilities);
  const [{ containerId }, setUrl] = useUrlState(importUrlCodec);

  const login = useAuthSession()?.login ?? '';
  const scope = useMemo(() => ({ login, proposalName }), [login, proposalName]);
  const [stored, setStored] = useState<StoredImport | undefined>(() => loadImport(scope));
  const [storageFull, setStorageFull] = useState(false);
  const [serverProblems, setServerProblems] = useState<ProblemCell[]>([]);
  const [created, setCreated] = useState<{ samples: Sample[]; containerId: number }>();
  const [confirming, setConfirming] = useState(false);
  const [reading, startReading] = useTransition();

  /** State and the tab's storage change together, so a forced sign-in finds the file again. */
  const update = (next: StoredImport | undefined) => {
    setStored(next);
    setStorageFull(!saveImport(scope, next));
  };

  // Names and positions already used in the container are checked before sending.
  const { data: containerSamples } = useQuery({
    ...containerSamplesQuery(http, containerId ?? 0),
    enabled: containerId !== undefined,
  });
  const context = useMemo(
    () => ({
      proteins: proteins.flatMap((p) =>
        p.id === undefined ? [] : [{ id: p.id, acronym: p.acronym }],
      ),
      takenNames: new Set((containerSamples ?? []).map((s) => s.name.toLowerCase())),
      takenLocations: new Set(
        (containerSamples ?? []).flatMap((s) => (s.location === undefined ? [] : [s.location])),
      ),
    }),
    [proteins, containerSamples],
  );
  // Validation runs off the urgent render: typing and paging stay responsive on 5 000 rows.
  const sheet = useDeferredValue(stored?.sheet);
  const validation = useMemo(() => sheet && validateSheet(sheet, context), [sheet, context]);
  const checking = sheet !== stored?.sheet;

  const mutation = useMutation({
    mutationFn: ({
      drafts,
      target,
    }: {
      drafts: Parameters<typeof importSamples>[1];
      target: number;
    }) => importSamples(http, drafts, target),
    onSuccess: async (samples, { target }) => {
      setCreated({ samples, containerId: target });
      update(undefined);
      setServerProblems([]);
      await invalidateAfterImport(client, target);
    },
    onError: (error, { drafts }) => {
      if (isApiError(error) && error.kind === 'validation') {
        setServerProblems(problemCells(error.details.problems ?? [], drafts));
      }
    },
  });

  const onFile = (file: File | null) => {
    if (!file) return;
    setCreated(undefined);
    mutation.reset();
    void readText(file).then((text) =>
      // Reading thousands of rows is not urgent: the page stays interactive meanwhile.
      startReading(() => {
        setServerProblems([]);
        update({ fileName: file.name, loadedAt: Date.now(), sheet: readSheet(parseCsv(text)) });
      }),
    );
  };

  const onEdit = (row: number, column: string, value: string) => {
    setServerProblems((prev) =>
      prev.filter((p) => p.row !== row || (p.column !== column && p.column !== undefined)),
    );
    if (stored) update({ ...stored, sheet: setCell(stored.sheet, row, column, value) });
  };

  const startOver = () => {
    update(undefined);
    setServerProblems([]);
    mutation.reset();
  };

  const templateProtein = proteins[0]?.acronym ?? 'HEWL';
  const ready =
    validation !== undefined &&
    !checking &&
    sheet !== undefined &&
    sheet.fileErrors.length === 0 &&
    validation.errorCount === 0 &&
    serverProblems.length === 0 &&
    validation.drafts.length > 0;
  const headingIds = { container: useId(), file: useId(), check: useId() };
  const generalProblems = serverProblems.filter((p) => p.row < 0);

  return (
    <Stack gap="xl">
      {!supported && (
        <Alert
          color="yellow"
          variant="light"
          title="This ISPyB server cannot create samples from a file"
          icon={<IconAlertTriangle aria-hidden />}
        >
          It does not provide the sample-import route (<code>POST /samples/ssx</code>, an ispyb-web
          extension to py-ispyb). Your file is still checked here; download the checked file and
          send it to your facility’s user office.
        </Alert>
      )}

      {created && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={`Created ${created.samples.length} sample${created.samples.length === 1 ? '' : 's'}`}
          icon={<IconCircleCheck aria-hidden />}
        >
          <Stack gap="xs">
            <Text size="sm">
              They are in container {created.samples[0]?.containerCode ?? created.containerId}.{' '}
              <Anchor
                component={Link}
                to={`${samplesPath(proposalName)}?container=${created.containerId}`}
              >
                See the container’s samples
              </Anchor>
            </Text>
            <List size="sm">
              {created.samples.slice(0, 10).map((s) => (
                <List.Item key={s.id}>
                  <Anchor component={Link} to={samplePath(proposalName, s.id)}>
                    {s.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
            {created.samples.length > 10 && (
              <Text size="sm">…and {created.samples.length - 10} more.</Text>
            )}
          </Stack>
        </Alert>
      )}

      <Stack component="section" aria-labelledby={headingIds.container} gap="sm">
        <Title order={2} size="h3" id={headingIds.container}>
          1. Container
        </Title>
        <ContainerStep
          proposalName={proposalName}
          containerId={containerId}
          onChange={(id) => {
            setServerProblems([]);
            setUrl({ containerId: id });
          }}
        />
      </Stack>

      <Stack component="section" aria-labelledby={headingIds.file} gap="sm">
        <Title order={2} size="h3" id={headingIds.file}>
          2. File
        </Title>
        <Text size="sm">
          One row per slurry sample: name, protein acronym, crystal size (µm), density
          (crystals/mL), volume (µL), support, then components in groups of six columns (type, name,
          composition, amount, unit, pH) for the crystals (<code>crystal1_…</code>) and the slurry (
          <code>sample1_…</code>, <code>sample2_…</code>). Units: M, mM, µM, nM, %(w/v), %(v/v),
          mg/ml, or “ratio”. Comma- or semicolon-separated.
        </Text>
        <Group gap="sm" align="flex-end">
          <Button
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() =>
              downloadBlob(
                csvBlob(templateCsv(templateProtein)),
                `${safeFileName(proposalName, 'samples-template')}.csv`,
              )
            }
          >
            Download the template
          </Button>
          <FileInput
            label={stored ? 'Upload another file' : 'CSV file'}
            placeholder="Choose a .csv file"
            accept=".csv,text/csv,text/plain"
            leftSection={<IconUpload size={16} aria-hidden />}
            onChange={onFile}
            value={null}
            w={260}
          />
          {reading && <Loader size="sm" aria-label="Reading the file" />}
        </Group>
        {storageFull && stored && (
          <Text size="sm" c="dimmed">
            This file is too large to keep if you are signed out: finish the import in this visit.
          </Text>
        )}
      </Stack>

      {stored && (
        <Stack component="section" aria-labelledby={headingIds.check} gap="sm">
          <Title order={2} size="h3" id={headingIds.check}>
            3. Check and confirm
          </Title>
          <Group justify="space-between" gap="sm">
            <Text size="sm" role="status" aria-live="polite">
              {summaryText(
                stored.fileName,
                stored.sheet.rows.length,
                validation,
                checking,
                serverProblems.length,
              )}
            </Text>
            <Button variant="subtle" size="compact-sm" onClick={startOver}>
              Clear this file
            </Button>
          </Group>
          {stored.sheet.fileErrors.length > 0 && (
            <Alert
              color="red"
              variant="light"
              title="The file cannot be imported as it is"
              icon={<IconAlertTriangle aria-hidden />}
            >
              <List size="sm">
                {stored.sheet.fileErrors.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {mutation.error &&
            (isApiError(mutation.error) && mutation.error.kind === 'validation' ? (
              <Alert
                color="red"
                variant="light"
                role="alert"
                title="The server refused the import: nothing was created"
                icon={<IconAlertTriangle aria-hidden />}
              >
                <Text size="sm">
                  Its reasons are shown under the cells concerned. Fix them and confirm again.
                </Text>
                {generalProblems.length > 0 && (
                  <List size="sm">
                    {generalProblems.map((p) => (
                      <List.Item key={p.message}>{p.message}</List.Item>
                    ))}
                  </List>
                )}
              </Alert>
            ) : (
              <ErrorPanel
                error={mutation.error}
                onRetry={() => setConfirming(true)}
                showHomeLink={false}
              />
            ))}
          {sheet && validation && (
            <ImportPreview
              key={stored.loadedAt}
              sheet={sheet}
              validation={validation}
              serverProblems={serverProblems}
              onEdit={onEdit}
            />
          )}
          <Group gap="sm">
            {supported ? (
              <Button
                onClick={() => setConfirming(true)}
                disabled={!ready || containerId === undefined}
                loading={mutation.isPending}
              >
                Import {samplesLabel(stored.sheet.rows.length)}
              </Button>
            ) : null}
            <Button
              variant={supported ? 'default' : 'filled'}
              leftSection={<IconDownload size={16} aria-hidden />}
              disabled={!ready}
              onClick={() =>
                validation &&
                downloadBlob(
                  csvBlob(cleanedCsv(validation.drafts)),
                  `${safeFileName(proposalName, 'samples-checked')}.csv`,
                )
              }
            >
              Download the checked file
            </Button>
          </Group>
          {supported && containerId === undefined && (
            <Text size="sm">Choose a container above to import into.</Text>
          )}
          {!ready && validation && (validation.errorCount > 0 || serverProblems.length > 0) && (
            <Text size="sm">
              Fix the problems above first: nothing is created until every row is right.
            </Text>
          )}
        </Stack>
      )}

      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Create ${samplesLabel(validation?.drafts.length ?? 0)}?`}
      >
        <Stack gap="md">
          <Text size="sm">
            The samples are created together in the chosen container, or none of them if the server
            finds a problem.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                if (validation && containerId !== undefined) {
                  mutation.mutate({ drafts: validation.drafts, target: containerId });
                }
              }}
            >
              Create {samplesLabel(validation?.drafts.length ?? 0)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

const samplesLabel = (n: number) => `${n} sample${n === 1 ? '' : 's'}`;

function summaryText(
  fileName: string,
  rows: number,
  validation: ReturnType<typeof validateSheet> | undefined,
  checking: boolean,
  serverProblemCount: number,
): string {
  const head = `${fileName}: ${rows} sample${rows === 1 ? '' : 's'}`;
  if (!validation || checking) return `${head}, checking…`;
  const problems = validation.errorCount + serverProblemCount;
  if (problems === 0) return `${head}, all valid.`;
  const rowCount = validation.errorRows.length;
  return `${head}; ${problems} problem${problems === 1 ? '' : 's'}${rowCount ? ` in ${rowCount} row${rowCount === 1 ? '' : 's'}` : ''}.`;
}
