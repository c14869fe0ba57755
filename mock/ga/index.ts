import type { Handler } from '../context';
import { createGaJson, createGaMultipart } from './create';
import { detectLivenessGa } from './device';
import { deleteGaSession, getGaSession, getGaSessionImage } from './sessions';

/** The handler of every v1.2 GA operation id (schemas/contract/ga.ts). */
export const GA_HANDLERS: Readonly<Record<string, Handler>> = {
  createLivenessSessionGa: createGaJson,
  createLivenessWithVerifySessionGa: createGaMultipart,
  getLivenessSessionResultGa: getGaSession,
  getLivenessWithVerifySessionResultGa: getGaSession,
  deleteLivenessSessionGa: deleteGaSession,
  deleteLivenessWithVerifySessionGa: deleteGaSession,
  getSessionImageGa: getGaSessionImage,
  detectLivenessGa: detectLivenessGa,
  detectLivenessWithVerifyGa: detectLivenessGa,
};
