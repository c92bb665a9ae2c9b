/** Saves a Blob as a file through a temporary link: nothing leaves the browser. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** File-system-safe name from free text (proposal, session, run labels). */
export function safeFileName(...parts: (string | number)[]): string {
  return parts
    .map((p) =>
      String(p)
        .trim()
        .replace(/[^\w.-]+/g, '_'),
    )
    .filter(Boolean)
    .join('-');
}
