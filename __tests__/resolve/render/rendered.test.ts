import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../../../src/parse/yaml.js';
import { readRendered, scalarAtPath, sourceObjects } from '../../../src/resolve/render/rendered.js';
import { yaml } from '../../helpers/tree.js';

const RENDERED = yaml`
  apiVersion: v1
  kind: Service
  metadata:
    name: prod-web
    namespace: shop
    annotations:
      config.kubernetes.io/origin: |
        path: base/web.yaml
  spec:
    ports:
    - name: http
      port: 80
      targetPort: 8080
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: prod-web
    labels: {app: web}
  spec:
    template:
      spec:
        containers:
        - name: sidecar
          image: envoy
        - name: web
          image: nginx
          ports:
          - containerPort: 9090
          - containerPort: 8080
            name: http
            hostPort: 251
`;

describe('readRendered', () => {
  const stream = readRendered(RENDERED, 'rendered');

  it('reads every object with its identity and annotations', () => {
    expect(stream.objects.map((o) => o.identity)).toEqual([
      { apiVersion: 'v1', kind: 'Service', name: 'prod-web', namespace: 'shop' },
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'prod-web' },
    ]);
    expect(stream.objects[0]?.annotations['config.kubernetes.io/origin']).toBe(
      'path: base/web.yaml\n',
    );
    expect(stream.objects[1]?.labels).toEqual({ app: 'web' });
  });

  it('claims through the Kubernetes parser, each with the path to its value', () => {
    const located = stream.parsed.claims.map((c) => {
      const at = stream.locate(c.span);
      return [c.field, c.port, c.span.line, at?.object.identity.kind, at?.path];
    });
    expect(located).toEqual([
      [
        'port',
        80,
        12,
        'Service',
        [
          { key: 'spec' },
          { key: 'ports' },
          { index: 0, ids: { name: 'http', port: '80' } },
          { key: 'port' },
        ],
      ],
      [
        'targetPort',
        8080,
        13,
        'Service',
        [
          { key: 'spec' },
          { key: 'ports' },
          { index: 0, ids: { name: 'http', port: '80' } },
          { key: 'targetPort' },
        ],
      ],
      [
        'containerPort',
        9090,
        29,
        'Deployment',
        [
          { key: 'spec' },
          { key: 'template' },
          { key: 'spec' },
          { key: 'containers' },
          { index: 1, ids: { name: 'web' } },
          { key: 'ports' },
          { index: 0, ids: { containerPort: '9090' } },
          { key: 'containerPort' },
        ],
      ],
      [
        'containerPort',
        8080,
        30,
        'Deployment',
        [
          { key: 'spec' },
          { key: 'template' },
          { key: 'spec' },
          { key: 'containers' },
          { index: 1, ids: { name: 'web' } },
          { key: 'ports' },
          { index: 1, ids: { name: 'http', containerPort: '8080' } },
          { key: 'containerPort' },
        ],
      ],
      [
        'hostPort',
        251,
        32,
        'Deployment',
        [
          { key: 'spec' },
          { key: 'template' },
          { key: 'spec' },
          { key: 'containers' },
          { index: 1, ids: { name: 'web' } },
          { key: 'ports' },
          { index: 1, ids: { name: 'http', containerPort: '8080' } },
          { key: 'hostPort' },
        ],
      ],
    ]);
  });

  it('finds nothing outside an object', () => {
    expect(stream.locate({ line: 1, column: 1, endLine: 1, endColumn: 2 })?.path).toBeUndefined();
  });
});

describe('scalarAtPath', () => {
  const stream = readRendered(RENDERED, 'rendered');
  const pathOf = (field: string, port: number) => {
    const claim = stream.parsed.claims.find((c) => c.field === field && c.port === port);
    return stream.locate(claim!.span)!.path;
  };
  // A base with the ports in another order, a quoted port and a comment: the source's own text.
  const base = parseYamlFile(yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          containers:
          - name: web
            ports:
            - name: http
              hostPort: "0251"   # the host side
              containerPort: 8080
  `);
  const patch = parseYamlFile(yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        spec:
          containers:
          - name: web
            ports:
            - containerPort: 9090
  `);
  const [baseObject] = sourceObjects(base);
  const [patchObject] = sourceObjects(patch);

  it('finds a port by its merge key, at the source scalar’s exact span and text', () => {
    const found = scalarAtPath(baseObject!, pathOf('hostPort', 251));
    expect(found?.span).toEqual({ line: 12, column: 21, endLine: 12, endColumn: 27 });
    expect(found?.spec).toBe('0251');
    expect(found?.digits).toEqual({ start: 0, end: 4 });
    expect(scalarAtPath(baseObject!, pathOf('containerPort', 8080))?.span.line).toBe(13);
  });

  it('finds in a patch only the port the patch writes', () => {
    expect(scalarAtPath(patchObject!, pathOf('containerPort', 9090))?.span).toEqual({
      line: 11,
      column: 26,
      endLine: 11,
      endColumn: 30,
    });
    expect(scalarAtPath(patchObject!, pathOf('containerPort', 8080))).toBeUndefined();
    expect(scalarAtPath(baseObject!, pathOf('containerPort', 9090))).toBeUndefined();
  });

  it('takes a list item at the same position only when asked', () => {
    const servicePatch = sourceObjects(
      parseYamlFile('kind: Service\napiVersion: v1\nspec:\n  ports:\n  - port: 8000\n'),
    )[0]!;
    expect(scalarAtPath(servicePatch, pathOf('port', 80))).toBeUndefined();
    expect(scalarAtPath(servicePatch, pathOf('port', 80), { byIndex: true })?.spec).toBe('8000');
  });
});

describe('readRendered on a stream with documents that cannot claim', () => {
  const stream = readRendered(
    yaml`
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: widgets.example.com
      spec:
        versions:
          - schema:
              openAPIV3Schema:
                properties:
                  ports: {type: array}
      ---
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: settings
      data:
        PORT: "8080"
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: web
      spec:
        ports:
          - port: 251
    `,
    'rendered',
  );

  it('claims only from the documents that can, and still knows every object', () => {
    expect(stream.parsed.claims.map((c) => [c.resource, c.port])).toEqual([['Service/web', 251]]);
    const claim = stream.parsed.claims[0]!;
    expect(stream.locate(claim.span)?.object.identity.name).toBe('web');
    expect(stream.objects.map((o) => `${o.identity.kind}/${o.identity.name}`)).toEqual([
      'Service/web',
      'CustomResourceDefinition/widgets.example.com',
      'ConfigMap/settings',
    ]);
  });
});
