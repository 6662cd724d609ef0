/**
 * GET /api/admin/outcomes (server/outcomes/route.ts) as the admin page uses it. The
 * figures are counts only and are fetched each time, never stored on the device.
 */
import { z } from 'zod';
import { callApi, type ApiResult } from '../../app/account/api';
import { OUTCOME_GROUPS, type ServiceOutcomes } from '../../domain/service-outcomes';

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1).nullable();
const countsSchema = z.object({
  goals: count,
  rated: count,
  reliableImprovement: count,
  noReliableChange: count,
  reliableDeterioration: count,
  shares: z.object({
    reliableImprovement: share,
    noReliableChange: share,
    reliableDeterioration: share,
  }),
});

const responseSchema = z.object({
  outcomes: z.object({
    byGroup: z.object(
      Object.fromEntries(OUTCOME_GROUPS.map((g) => [g, countsSchema])) as Record<
        (typeof OUTCOME_GROUPS)[number],
        typeof countsSchema
      >,
    ),
    total: countsSchema,
  }),
  computedAt: z.string(),
});

export interface OrganisationOutcomes {
  outcomes: ServiceOutcomes;
  computedAt: string;
}

export function fetchOrganisationOutcomes(): Promise<ApiResult<OrganisationOutcomes>> {
  return callApi('GET', '/api/admin/outcomes', undefined, (json) => responseSchema.parse(json));
}
