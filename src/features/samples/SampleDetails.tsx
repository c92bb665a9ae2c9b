import { useSuspenseQuery } from '@tanstack/react-query';
import { capabilitiesQuery } from '../../api/capabilities';
import { useHttp } from '../../api/http-context';
import { sampleQuery } from '../../api/ispyb/samples';
import { SlurrySamplePanel } from '../../components/sample/SlurrySamplePanel';

export function SampleDetails({ sampleId }: { sampleId: number }) {
  const http = useHttp();
  const { data: sample } = useSuspenseQuery(sampleQuery(http, sampleId));
  const { data: capabilities } = useSuspenseQuery(capabilitiesQuery(http));
  return (
    <SlurrySamplePanel sample={sample} compositionsProvided={capabilities.sampleCompositions} />
  );
}
