import type { Sample } from '../../domain/sample';
import type { Container, Dewar } from '../../domain/shipment';

export interface ContainerNode {
  container: Container;
  samples: Sample[];
}

export interface DewarNode {
  dewar: Dewar;
  containers: ContainerNode[];
}

/** Dewars → containers → samples (by position); `samples[i]` belongs to `containers[i]`. */
export function buildTree(
  dewars: readonly Dewar[],
  containers: readonly Container[],
  samples: readonly Sample[][],
): DewarNode[] {
  const nodes = containers.map((container, index): ContainerNode => ({
    container,
    samples: [...(samples[index] ?? [])].sort(
      (a, b) => (a.location ?? Infinity) - (b.location ?? Infinity) || a.name.localeCompare(b.name),
    ),
  }));
  return dewars.map((dewar) => ({
    dewar,
    containers: nodes
      .filter((node) => node.container.dewarId === dewar.id)
      .sort((a, b) => a.container.code.localeCompare(b.container.code)),
  }));
}

export function treeCounts(tree: readonly DewarNode[]): {
  dewars: number;
  containers: number;
  samples: number;
} {
  const containers = tree.flatMap((d) => d.containers);
  return {
    dewars: tree.length,
    containers: containers.length,
    samples: containers.reduce((sum, c) => sum + c.samples.length, 0),
  };
}

/** `1 dewar`, `2 dewars`. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
