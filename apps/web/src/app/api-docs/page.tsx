import type { Metadata } from "next";
import { getOpenApiDocument } from "@/server/openapi/build-document";
import { docsOutline } from "@/server/openapi/docs-outline";
import { OperationCard } from "./operation-card";

export const metadata: Metadata = { title: "Automation API" };

/** The automation API document rendered on the server, grouped by tag; public like the document itself. */
export default function ApiDocsPage() {
  const tags = docsOutline(getOpenApiDocument());
  return (
    <main className="mx-auto max-w-5xl p-6">
      <h1 className="text-2xl font-semibold">Stampede automation API</h1>
      <p className="mt-2 text-sm text-slate-700">
        Send an API key (Project settings → API keys) as <code>Authorization: Bearer &lt;API key&gt;</code>; the
        console&apos;s session cookie works too. The machine-readable OpenAPI 3.1 document is at{" "}
        <a className="text-sky-700 underline" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>
        . Errors are JSON: <code>{"{error, issues}"}</code>, each issue naming its field.
      </p>
      <nav className="mt-4 flex flex-wrap gap-3 text-sm">
        {tags.map(({ tag }) => (
          <a key={tag} className="text-sky-700 underline" href={`#${tag}`}>
            {tag}
          </a>
        ))}
      </nav>
      {tags.map(({ tag, operations }) => (
        <section key={tag} id={tag} className="mt-6">
          <h2 className="text-lg font-semibold">{tag}</h2>
          <div className="mt-2 flex flex-col gap-2">
            {operations.map((operation) => (
              <OperationCard key={`${operation.method} ${operation.path}`} operation={operation} />
            ))}
          </div>
        </section>
      ))}
    </main>
  );
}
