import type { UrlCodec } from '../../lib/url-state';

/** Which form is open, in the URL: a re-login after a 401 comes back to the same open form. */
export type EditTarget =
  | { kind: 'new-shipment' }
  | { kind: 'shipment' }
  | { kind: 'new-dewar' }
  | { kind: 'dewar'; id: number }
  | { kind: 'new-container'; dewarId: number }
  | { kind: 'container'; id: number };

function id(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw !== undefined && /^\d+$/.test(raw) && n > 0 ? n : undefined;
}

/** `?edit=new | shipment | dewar:new | dewar:12 | container:new:12 | container:34` */
export const editUrlCodec: UrlCodec<{ edit: EditTarget | undefined }> = {
  decode(params) {
    const parts = (params.get('edit') ?? '').split(':');
    const [what, a, b] = parts;
    const idA = parts.length === 2 ? id(a) : undefined;
    const idB = parts.length === 3 && a === 'new' ? id(b) : undefined;
    let edit: EditTarget | undefined;
    if (parts.length === 1 && what === 'new') edit = { kind: 'new-shipment' };
    else if (parts.length === 1 && what === 'shipment') edit = { kind: 'shipment' };
    else if (what === 'dewar' && parts.length === 2 && a === 'new') edit = { kind: 'new-dewar' };
    else if (what === 'dewar' && idA !== undefined) edit = { kind: 'dewar', id: idA };
    else if (what === 'container' && idB !== undefined)
      edit = { kind: 'new-container', dewarId: idB };
    else if (what === 'container' && idA !== undefined) edit = { kind: 'container', id: idA };
    return { edit };
  },
  encode({ edit }) {
    if (!edit) return { edit: undefined };
    switch (edit.kind) {
      case 'new-shipment':
        return { edit: 'new' };
      case 'shipment':
        return { edit: 'shipment' };
      case 'new-dewar':
        return { edit: 'dewar:new' };
      case 'dewar':
        return { edit: `dewar:${edit.id}` };
      case 'new-container':
        return { edit: `container:new:${edit.dewarId}` };
      case 'container':
        return { edit: `container:${edit.id}` };
    }
  },
};
