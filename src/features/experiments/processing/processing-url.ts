import { readPositiveInt, type UrlCodec } from '../../../lib/url-state';

/** The attachment open in the viewer of the Processing tab (`?log=<autoProcProgramAttachmentId>`). */
export interface ProcessingUrlState {
  log: number | undefined;
}

export const processingUrlCodec: UrlCodec<ProcessingUrlState> = {
  decode(params) {
    const log = readPositiveInt(params, 'log', 0);
    return { log: log === 0 ? undefined : log };
  },
  encode(state) {
    return { log: state.log === undefined ? undefined : String(state.log) };
  },
};
