/** The `:sampleId` route parameter as an ISPyB id, or `undefined` when it is not one. */
export function parseSampleId(raw: string | undefined): number | undefined {
  if (!raw || !/^\d{1,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 ? id : undefined;
}
