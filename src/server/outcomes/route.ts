/**
 * GET /api/admin/outcomes (issue #6 item 6): the service view of outcomes over the whole
 * organisation, for administrators. Per grouping (the five, then 'none') and in total:
 * goals, goals rated since their baseline, and how many show reliable improvement, no
 * reliable change or reliable deterioration, with their shares of the rated goals
 * (domain/service-outcomes.ts, the same rules the practitioner's device applies).
 *
 *   → 200 { outcomes: ServiceOutcomes, computedAt: ISO date-time }
 *
 * 401 signed out, 403 for anyone who is not an admin, 400 for any query parameter (there
 * are none yet; refusing them keeps a misspelt filter from passing as "everything").
 * Only counts leave the server: no names, no goal text, no case ids, so nothing here is a
 * read of one case's data for the audit log.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { serviceOutcomes } from '../../domain/service-outcomes';
import { HttpError } from '../auth/http-error';
import { requireRole } from '../auth/session-check';
import type { Store } from '../store/store';
import { readOrganisationOutcomeInputs } from './read';

const querySchema = z.strictObject({});

export function registerOutcomesRoutes(app: FastifyInstance, store: Store): void {
  app.get('/api/admin/outcomes', async (request, reply) => {
    requireRole(request, 'admin');
    if (!querySchema.safeParse(request.query ?? {}).success) {
      throw new HttpError(400, 'invalid_query', 'This address takes no query parameters.');
    }
    const input = await readOrganisationOutcomeInputs(store);
    // Figures change with every sync: a browser or proxy must not keep them.
    void reply.header('cache-control', 'no-store');
    return { outcomes: serviceOutcomes(input), computedAt: new Date().toISOString() };
  });
}
