import { useState } from 'react';
import type { Capabilities } from '../../../api/capabilities';
import type { HttpClient } from '../../../api/http';
import { fetchProcessingAttachmentFile, signedAttachmentUrl } from '../../../api/ispyb/processings';
import { describeError } from '../../../components/describe-error';
import type { ProcessingAttachment } from '../../../domain/processing';
import { downloadBlob } from '../../../lib/download';

/** Opens `href` as a download through a temporary link. */
function followLink(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export interface AttachmentDownload {
  download: (attachment: ProcessingAttachment) => Promise<void>;
  /** Id of the file being fetched. */
  busyId: number | undefined;
  error: { id: number; message: string } | undefined;
}

/**
 * Downloads a processing file. Where the server signs one-time links (`POST /user/sign`), the
 * browser fetches the file itself from a link valid once for that path: large files stream to
 * disk and the session token stays out of the URL. Otherwise the file is fetched with the
 * Bearer header and saved from memory.
 */
export function useAttachmentDownload(
  http: HttpClient,
  capabilities: Capabilities,
): AttachmentDownload {
  const [busyId, setBusyId] = useState<number | undefined>();
  const [error, setError] = useState<{ id: number; message: string } | undefined>();
  const signs = capabilities.hasRoute('post', '/user/sign');

  const download = async (attachment: ProcessingAttachment) => {
    setBusyId(attachment.id);
    setError(undefined);
    try {
      if (signs) {
        followLink(await signedAttachmentUrl(http, attachment.id), attachment.fileName);
      } else {
        const response = await fetchProcessingAttachmentFile(http, attachment.id);
        downloadBlob(await response.blob(), attachment.fileName);
      }
    } catch (e) {
      setError({ id: attachment.id, message: describeError(e).message });
    } finally {
      setBusyId(undefined);
    }
  };
  return { download, busyId, error };
}
