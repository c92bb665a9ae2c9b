import type { ImportSheet } from '../../../domain/sample-import';

/** What the user uploaded and typed, kept per tab so a forced re-login does not lose it. */
export interface StoredImport {
  fileName: string;
  /** When the file was read (ms): a new upload starts a fresh preview even under the same name. */
  loadedAt: number;
  sheet: ImportSheet;
}

/** Per user and proposal: whoever signs in next in this tab does not see another user's file. */
export interface ImportScope {
  login: string;
  proposalName: string;
}

const key = ({ login, proposalName }: ImportScope) =>
  `ispyb-web:sample-import:${login}:${proposalName}`;

function isStoredImport(value: unknown): value is StoredImport {
  if (typeof value !== 'object' || value === null) return false;
  const { fileName, sheet } = value as Partial<StoredImport>;
  return (
    typeof fileName === 'string' &&
    typeof (value as Partial<StoredImport>).loadedAt === 'number' &&
    typeof sheet === 'object' &&
    sheet !== null &&
    Array.isArray(sheet.columns) &&
    Array.isArray(sheet.rows) &&
    Array.isArray(sheet.fileErrors)
  );
}

export function loadImport(scope: ImportScope): StoredImport | undefined {
  try {
    const raw = sessionStorage.getItem(key(scope));
    const value: unknown = raw === null ? undefined : JSON.parse(raw);
    return isStoredImport(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `false` when the browser refused (storage full: a very large file); the import still works. */
export function saveImport(scope: ImportScope, value: StoredImport | undefined): boolean {
  try {
    if (value === undefined) sessionStorage.removeItem(key(scope));
    else sessionStorage.setItem(key(scope), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}
