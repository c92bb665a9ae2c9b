import { dateTimeAttribute, formatDateTime } from './format';

/** A date-time as `YYYY-MM-DD HH:mm` in a `<time>` element; `–` when unknown. */
export function DateTime({ value }: { value: Date | undefined }) {
  if (!value) return <>–</>;
  return (
    <time dateTime={dateTimeAttribute(value)} style={{ whiteSpace: 'nowrap' }}>
      {formatDateTime(value)}
    </time>
  );
}
