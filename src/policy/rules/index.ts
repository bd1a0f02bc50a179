import type { Rule } from '../rule.js';
import { hostPortConflict } from './host-port-conflict.js';
import { invalidPort } from './invalid-port.js';
import { parseError } from './parse-error.js';
import { reservedPort } from './reserved-port.js';
import { unassignedRegistered } from './unassigned-registered.js';
import { unassignedWellKnown } from './unassigned-well-known.js';
import { unresolvedPort } from './unresolved-port.js';

/** Every rule, in the contract's order. */
export const RULES: readonly Rule[] = [
  unassignedWellKnown,
  reservedPort,
  invalidPort,
  hostPortConflict,
  unresolvedPort,
  parseError,
  unassignedRegistered,
];
