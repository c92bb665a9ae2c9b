import {
  CUTOFF_METRICS,
  DEFAULT_THRESHOLDS,
  THRESHOLD_BOUNDS,
  type CutoffRule,
} from '../../domain/resolution-cutoff';
import { readEnum, type UrlCodec } from '../../lib/url-state';

/** A route parameter as an ISPyB id, or `undefined` when it is not one. */
export function parseId(raw: string | undefined): number | undefined {
  if (!raw || !/^\d{1,15}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 ? id : undefined;
}

export interface MergeUrlState {
  rule: CutoffRule;
  /** Å: the high-resolution limit the user chose; `undefined` follows the rule's suggestion. */
  cutA: number | undefined;
}

const METRIC_PARAM = { ccHalf: 'cc', iOverSigma: 'isigma' } as const;

function readPositive(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** `?rule=cc|isigma&min=0.3&cut=1.85`: the cut-off rule and a chosen cut, defaults left out. */
export const mergeUrlCodec: UrlCodec<MergeUrlState> = {
  decode(params) {
    const ruleParam = readEnum(params, 'rule', ['cc', 'isigma'], 'cc');
    const metric = CUTOFF_METRICS.find((m) => METRIC_PARAM[m] === ruleParam) ?? 'ccHalf';
    const bounds = THRESHOLD_BOUNDS[metric];
    const raw = params.get('min');
    const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
    const threshold =
      Number.isFinite(n) && n >= bounds.min && n <= bounds.max ? n : DEFAULT_THRESHOLDS[metric];
    return { rule: { metric, threshold }, cutA: readPositive(params, 'cut') };
  },
  encode({ rule, cutA }) {
    return {
      rule: rule.metric === 'ccHalf' ? undefined : METRIC_PARAM[rule.metric],
      min:
        Math.abs(rule.threshold - DEFAULT_THRESHOLDS[rule.metric]) < 1e-9
          ? undefined
          : String(Number(rule.threshold.toFixed(3))),
      cut: cutA === undefined ? undefined : String(Number(cutA.toFixed(3))),
    };
  },
};

export interface SeriesUrlState {
  /** Two merged datasets whose per-shell curves are compared; `undefined` until chosen. */
  compare: readonly [number, number] | undefined;
}

/** `?compare=58006,58009` */
export const seriesUrlCodec: UrlCodec<SeriesUrlState> = {
  decode(params) {
    const ids = (params.get('compare') ?? '').split(',').map(parseId);
    const [a, b] = ids;
    return { compare: ids.length === 2 && a && b ? [a, b] : undefined };
  },
  encode({ compare }) {
    return { compare: compare ? compare.join(',') : undefined };
  },
};
