import {
  answerSuggestionSchema,
  closeSuggestionSchema,
  createSuggestionSchema,
  idParamsSchema,
  listOf,
  publicSuggestionListQuerySchema,
  publicSuggestionListSchema,
  publishSuggestionSchema,
  submitPublicSuggestionSchema,
  submittedSuggestionSchema,
  suggestionListQuerySchema,
  suggestionSchema,
  suggestionTrackingSchema,
  trackingCodeParamsSchema,
} from '@zeren/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProofOfWork, proofOfWorkKey } from '../portal/proof-of-work';
import * as suggestions from './suggestion.service';

export interface SuggestionRoutesOptions {
  /** The session secret; the proof-of-work HMAC key is derived from it (as the challenge route does). */
  powSecret: string;
}

export const suggestionRoutes: FastifyPluginAsyncZod<SuggestionRoutesOptions> = async (app, opts) => {
  // One verifier per server: it remembers the challenges already used (see ProofOfWork).
  const proof = new ProofOfWork(proofOfWorkKey(opts.powSecret));

  // ---- public (portal)
  app.post(
    '/api/portal/suggestions',
    {
      config: { access: { public: true }, rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'Send a suggestion (proof of work required); answers the tracking code',
        security: [],
        body: submitPublicSuggestionSchema,
        response: { 201: submittedSuggestionSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await suggestions.submitPublicSuggestion(req.ctx, req.body, proof)),
  );
  app.get(
    '/api/portal/suggestions/:trackingCode',
    {
      config: { access: { public: true }, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'Status of a suggestion by its tracking code, with the answer once answered',
        security: [],
        params: trackingCodeParamsSchema,
        response: { 200: suggestionTrackingSchema },
      },
    },
    (req) => suggestions.trackSuggestion(req.ctx, req.params.trackingCode),
  );
  app.get(
    '/api/portal/suggestions',
    {
      config: { access: { public: true }, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['portal'],
        summary: 'Published suggestions with their answers (never contact details)',
        security: [],
        querystring: publicSuggestionListQuerySchema,
        response: { 200: publicSuggestionListSchema },
      },
    },
    (req) => suggestions.listPublishedSuggestions(req.ctx, req.query),
  );

  // ---- staff
  app.get(
    '/api/suggestions',
    {
      config: { access: { permission: 'duties.suggestion.read' } },
      schema: {
        tags: ['duties'],
        summary: "Suggestions to units in the caller's scope (submitter masked)",
        querystring: suggestionListQuerySchema,
        response: { 200: listOf(suggestionSchema) },
      },
    },
    async (req) => ({ items: await suggestions.listSuggestions(req.ctx, req.query) }),
  );
  app.get(
    '/api/suggestions/:id',
    {
      config: { access: { permission: 'duties.suggestion.read' } },
      schema: {
        tags: ['duties'],
        summary: "One suggestion with the submitter's name and contact (the view is audited)",
        params: idParamsSchema,
        response: { 200: suggestionSchema },
      },
    },
    (req) => suggestions.viewSuggestion(req.ctx, req.params.id),
  );
  app.post(
    '/api/suggestions',
    {
      config: { access: { permission: 'duties.suggestion.submit' } },
      schema: {
        tags: ['duties'],
        summary: 'Send a suggestion to a unit as a staff member',
        body: createSuggestionSchema,
        response: { 201: suggestionSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await suggestions.createStaffSuggestion(req.ctx, req.body)),
  );
  app.post(
    '/api/suggestions/:id/answer',
    {
      config: { access: { permission: 'duties.suggestion.answer' } },
      schema: {
        tags: ['duties'],
        summary: "The unit's answer (can be corrected until published)",
        params: idParamsSchema,
        body: answerSuggestionSchema,
        response: { 200: suggestionSchema },
      },
    },
    (req) => suggestions.answerSuggestion(req.ctx, req.params.id, req.body.answer),
  );
  app.post(
    '/api/suggestions/:id/publish',
    {
      config: { access: { permission: 'duties.suggestion.answer' } },
      schema: {
        tags: ['duties'],
        summary: 'Publish the answered suggestion on the portal, or take it back',
        params: idParamsSchema,
        body: publishSuggestionSchema,
        response: { 200: suggestionSchema },
      },
    },
    (req) => suggestions.publishSuggestion(req.ctx, req.params.id, req.body.publish),
  );
  app.post(
    '/api/suggestions/:id/close',
    {
      config: { access: { permission: 'duties.suggestion.answer' } },
      schema: {
        tags: ['duties'],
        summary: 'Close an answered suggestion',
        params: idParamsSchema,
        body: closeSuggestionSchema,
        response: { 200: suggestionSchema },
      },
    },
    (req) => suggestions.closeSuggestion(req.ctx, req.params.id),
  );
};
