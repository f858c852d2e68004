/**
 * The risk register's 5 × 5 matrix: a rating's score is likelihood × severity, and its level is
 * low (1–4), medium (5–9) or high (10–25), the usual three bands of a 5 × 5 matrix (ISO 31010's
 * consequence/likelihood matrix; the same bands as the common "traffic light" templates). A high
 * residual risk needs a treatment or a dated acceptance.
 */
import type { RiskRating } from '../schema/risk.ts';

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The lowest score of each level above `low`. */
export const LEVEL_FLOOR = { medium: 5, high: 10 } as const;

export function riskScore(r: RiskRating): number {
  return r.likelihood * r.severity;
}

export function riskLevel(r: RiskRating): RiskLevel {
  const s = riskScore(r);
  return s >= LEVEL_FLOOR.high ? 'high' : s >= LEVEL_FLOOR.medium ? 'medium' : 'low';
}

/** The level of a cell of the matrix. */
export function cellLevel(likelihood: number, severity: number): RiskLevel {
  return riskLevel({ likelihood, severity });
}
