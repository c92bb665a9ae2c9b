import type { Amount, Component } from '../../domain/sample';

function plain(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** "0.1 M", "ratio 60", "–": the one amount ISPyB records for a component. */
export function formatAmount(amount: Amount): string {
  switch (amount.kind) {
    case 'concentration':
      return amount.unit
        ? `${plain(amount.value)} ${amount.unit}`
        : `${plain(amount.value)} (unit not recorded)`;
    case 'ratio':
      return `ratio ${plain(amount.value)}`;
    case 'pH':
      return `pH ${plain(amount.value)}`;
    case 'none':
      return '–';
  }
}

/** pH from its own field, or from an amount recorded as a pH. */
export function componentPh(component: Component): number | undefined {
  return component.pH ?? (component.amount.kind === 'pH' ? component.amount.value : undefined);
}
