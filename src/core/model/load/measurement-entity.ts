/** The model's measurement, made from a valid one (YAML entry or CSV row). */
import type { z } from 'zod';
import type { Measurement } from '../../schema/measurement.ts';
import type { MeasurementEntity, Origin } from '../handbook.ts';

/**
 * A measurement entity with every field present in one order, so that all of them share one
 * shape: a handbook holds hundreds of thousands, and the rules and the scoring read them in hot
 * loops (objects of one shape are read fast; a mix of shapes, as the optional count fields would
 * give, is read several times slower).
 */
export function measurementEntity(data: z.infer<typeof Measurement>, origin: Origin): MeasurementEntity {
  return {
    kpi: data.kpi,
    unit: data.unit,
    period: data.period,
    value: data.value ?? null,
    valueWritten: data.value,
    n: data.n,
    k: data.k,
    promoters: data.promoters,
    passives: data.passives,
    detractors: data.detractors,
    responses: data.responses,
    sd: data.sd,
    median: data.median,
    p90: data.p90,
    note: data.note,
    provisional: data.provisional,
    counts: undefined,
    origin,
    periodInfo: undefined,
  };
}
