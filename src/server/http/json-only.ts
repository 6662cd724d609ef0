/**
 * The API takes JSON bodies only (DESIGN.md §10). Besides removing Fastify's text/plain
 * parser, every /api request that carries a body must say application/json, checked
 * before routing so it holds for every route, present and future, and for unknown ones.
 * A cross-site form can post text/plain, urlencoded or multipart without a CORS
 * preflight; none of those gets in.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined && length !== '0') return true;
  return request.headers['transfer-encoding'] !== undefined;
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
}

export function registerJsonOnly(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') || !WITH_BODY.has(request.method)) return;
    if (!hasBody(request)) return;
    if (mediaType(request.headers['content-type']) === 'application/json') return;
    return reply.code(415).send({
      error: 'unsupported_media_type',
      message: 'This endpoint accepts only application/json.',
    });
  });
}
