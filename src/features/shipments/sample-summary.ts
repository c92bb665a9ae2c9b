import { formatAmount } from '../../components/sample/amount-format';
import type { Sample } from '../../domain/sample';
import { formatScientific } from '../../domain/units';

/** One-line slurry facts for tables and the packing list; `–` where nothing is recorded. */

function num(value: number): string {
  return String(Number(value.toPrecision(3)));
}

export function crystalSizeText(sample: Sample): string {
  const { x, y, z } = sample.crystal.sizeUm;
  if (x === undefined && y === undefined && z === undefined) return '–';
  const part = (v: number | undefined) => (v === undefined ? '?' : num(v));
  return `${part(x)} × ${part(y)} × ${part(z)} µm`;
}

export function densityText(sample: Sample): string {
  return sample.crystal.abundance === undefined
    ? '–'
    : formatScientific(sample.crystal.abundance, 'crystals/mL');
}

export function volumeText(sample: Sample): string {
  return sample.volumeUl === undefined ? '–' : `${num(sample.volumeUl)} µL`;
}

export function proteinText(sample: Sample): string {
  const { protein } = sample.crystal;
  return protein.acronym || protein.name || '–';
}

export function componentsText(sample: Sample): string {
  const all = [...sample.crystal.components, ...sample.components];
  if (all.length === 0) return '–';
  return all
    .map((c) => {
      const amount = formatAmount(c.amount);
      return amount === '–' ? c.name : `${c.name} ${amount}`;
    })
    .join('; ');
}
