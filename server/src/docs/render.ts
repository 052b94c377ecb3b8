/** The parts of an OpenAPI 3.1 document the reference page reads. */
interface Doc {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Op | undefined> | undefined>;
}
interface Op {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const schemaName = (schema: unknown): string => {
  const s = schema as { $ref?: string; type?: string; items?: unknown } | undefined;
  if (!s) return '';
  if (s.$ref) return s.$ref.split('/').pop() ?? '';
  if (s.type === 'array') return `${schemaName(s.items)}[]`;
  return s.type ?? 'object';
};

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#fafbfc}
main{max-width:960px;margin:0 auto;padding:24px}h1{margin:0 0 4px}h2{margin-top:40px;border-bottom:1px solid #dde}
section{background:#fff;border:1px solid #e3e6ee;border-radius:8px;padding:12px 16px;margin:12px 0}
code{font:13px ui-monospace,monospace}.m{display:inline-block;min-width:56px;font-weight:700}
.get{color:#0a7a3d}.post{color:#1f5fbf}.put{color:#8a5a00}.delete{color:#b3261e}
table{border-collapse:collapse;font-size:14px}td,th{padding:2px 10px 2px 0;text-align:left;vertical-align:top}
.auth{font-size:12px;color:#555;background:#eef;border-radius:4px;padding:1px 6px;margin-left:8px}
@media (prefers-color-scheme:dark){body{background:#14161b;color:#e5e7ee}section{background:#1c1f26;border-color:#2c303a}.auth{background:#2a2f45;color:#ccd}}`;

function operation(method: string, path: string, op: Op): string {
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}${p.required ? ', required' : ''}</td><td>${escape(schemaName(p.schema))}</td><td>${escape(p.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(
      ([type, media]) => `<p>Body (<code>${escape(type)}</code>): <code>${escape(schemaName(media.schema))}</code></p>`,
    )
    .join('');
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const media = Object.entries(r.content ?? {})[0];
      const shape = media
        ? ` — <code>${escape(media[0])}</code> <code>${escape(schemaName(media[1].schema))}</code>`
        : '';
      return `<tr><td><code>${escape(status)}</code></td><td>${escape(r.description ?? '')}${shape}</td></tr>`;
    })
    .join('');
  const auth =
    op.security && op.security.length === 0
      ? 'public'
      : JSON.stringify(op.security ?? []).includes('customer')
        ? 'secret key or customer token'
        : 'secret key';
  return `<section id="${escape(`${method}-${path}`)}"><div><span class="m ${method}">${method.toUpperCase()}</span><code>${escape(path)}</code><span class="auth">${escape(auth)}</span></div>
<p><strong>${escape(op.summary ?? '')}</strong>${op.description ? ` ${escape(op.description)}` : ''}</p>
${params ? `<table><tr><th>Parameter</th><th>In</th><th>Type</th><th></th></tr>${params}</table>` : ''}${body}
${responses ? `<table><tr><th>Status</th><th>Answer</th></tr>${responses}</table>` : ''}</section>`;
}

/** A readable API reference rendered on the server from the OpenAPI document: no script, no CDN. */
export function renderReference(document: unknown): string {
  const doc = document as Doc;
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item ?? {})) {
      if (!op || !['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operation(method, path, op)]);
    }
  }
  const toc = [...byTag.keys()].map((tag) => `<a href="#tag-${escape(tag)}">${escape(tag)}</a>`).join(' · ');
  const sections = [...byTag]
    .map(([tag, ops]) => `<h2 id="tag-${escape(tag)}">${escape(tag)}</h2>${ops.join('\n')}`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escape(doc.info.title)} API reference</title><style>${STYLE}</style></head><body><main>
<h1>${escape(doc.info.title)} API <small>${escape(doc.info.version)}</small></h1>
<p>${escape(doc.info.description ?? '')} Machine-readable: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1). Authenticate with <code>Authorization: Bearer &lt;secret key or customer token&gt;</code>.</p>
<nav>${toc}</nav>${sections}</main></body></html>`;
}
