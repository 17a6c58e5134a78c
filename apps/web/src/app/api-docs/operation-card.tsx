import { Table, Td, Th } from "@/components/table";
import type { DocsOperation, DocsParameter } from "@/server/openapi/docs-outline";
import type { JsonSchema } from "@/server/openapi/json-schema";

const METHOD_COLORS: Record<string, string> = {
  GET: "bg-sky-100 text-sky-800",
  POST: "bg-emerald-100 text-emerald-800",
  PUT: "bg-amber-100 text-amber-800",
  PATCH: "bg-violet-100 text-violet-800",
  DELETE: "bg-rose-100 text-rose-800",
};

function SchemaBlock({ title, schema }: { title: string; schema: JsonSchema }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">{title}</summary>
      <pre className="mt-1 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs text-slate-800">
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}

function schemaType(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  return typeof schema.type === "string" ? schema.type : "any";
}

function ParameterTable({ parameters }: { parameters: DocsParameter[] }) {
  return (
    <div className="mt-2">
      <Table>
        <thead>
          <tr>
            <Th>Parameter</Th>
            <Th>In</Th>
            <Th>Type</Th>
            <Th>Required</Th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={`${p.in}:${p.name}`} title={p.description}>
              <Td className="font-mono">{p.name}</Td>
              <Td>{p.in}</Td>
              <Td className="font-mono">{schemaType(p.schema)}</Td>
              <Td>{p.required ? "yes" : "no"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** One operation of the automation API: method, path, what it does, and the schemas it takes and answers with. */
export function OperationCard({ operation }: { operation: DocsOperation }) {
  return (
    <article className="rounded border border-slate-200 bg-white p-3" data-testid="api-operation">
      <h3 className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold ${METHOD_COLORS[operation.method] ?? ""}`}>
          {operation.method}
        </span>
        <code className="text-sm">{operation.path}</code>
        {operation.isPublic && <span className="text-xs text-slate-500">no credentials needed</span>}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{operation.summary}</p>
      {operation.parameters.length > 0 && <ParameterTable parameters={operation.parameters} />}
      {operation.requestBody && (
        <SchemaBlock
          title={`Request body (${operation.requestBody.mediaType})`}
          schema={operation.requestBody.schema}
        />
      )}
      {operation.responseSchema && (
        <SchemaBlock title="Response (application/json)" schema={operation.responseSchema} />
      )}
    </article>
  );
}
