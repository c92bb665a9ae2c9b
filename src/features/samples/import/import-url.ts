import { readPositiveInt, type UrlCodec } from '../../../lib/url-state';

export interface ImportUrlState {
  /** The container the samples go into; `undefined` until one is picked. */
  containerId: number | undefined;
}

/** `?container=` of the import page (what `sampleImportPath(p, containerId)` writes). */
export const importUrlCodec: UrlCodec<ImportUrlState> = {
  decode(params) {
    const id = readPositiveInt(params, 'container', 0);
    return { containerId: id > 0 ? id : undefined };
  },
  encode(state) {
    return { container: state.containerId === undefined ? undefined : String(state.containerId) };
  },
};
