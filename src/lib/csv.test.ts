import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { header: 'Run', value: (r: { id: number; name: string; rate?: number }) => r.id },
    { header: 'Name', value: (r: { id: number; name: string; rate?: number }) => r.name },
    { header: 'Hit rate (%)', value: (r: { id: number; name: string; rate?: number }) => r.rate },
  ];
  it('writes a header and quotes what needs quoting', () => {
    expect(toCsv([{ id: 1, name: 'dark, "ref"', rate: 12.5 }], columns)).toBe(
      'Run,Name,Hit rate (%)\r\n1,"dark, ""ref""",12.5\r\n',
    );
  });
  it('leaves missing values empty and defuses formulas', () => {
    expect(toCsv([{ id: 2, name: '=HYPERLINK("x")' }], columns)).toBe(
      'Run,Name,Hit rate (%)\r\n2,"\'=HYPERLINK(""x"")",\r\n',
    );
  });
});
