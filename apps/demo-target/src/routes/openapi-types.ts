/** The part of OpenAPI 3.1 the demo target's document uses; enough to keep the document honest by type. */

export interface SchemaObject {
  type?: "object" | "array" | "string" | "integer" | "number" | "boolean";
  description?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  enum?: string[];
  example?: unknown;
  minimum?: number;
}

export interface ParameterObject {
  name: string;
  in: "query" | "header" | "path";
  required?: boolean;
  description?: string;
  schema: SchemaObject;
  example?: unknown;
}

export interface MediaTypeObject {
  schema: SchemaObject;
  example?: unknown;
}

export interface ResponseObject {
  description: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  parameters?: ParameterObject[];
  requestBody?: { required: boolean; content: Record<string, MediaTypeObject> };
  responses: Record<string, ResponseObject>;
  /** Empty list: no auth, even when the document has a default. */
  security?: Array<Record<string, string[]>>;
}

export type SecuritySchemeObject =
  | { type: "http"; scheme: "bearer"; description?: string }
  | { type: "apiKey"; in: "query" | "header"; name: string; description?: string };

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description?: string };
  servers: Array<{ url: string; description?: string }>;
  /** Applies to every operation that does not say otherwise. */
  security: Array<Record<string, string[]>>;
  paths: Record<string, { get?: OperationObject; post?: OperationObject }>;
  components: { schemas: Record<string, SchemaObject>; securitySchemes: Record<string, SecuritySchemeObject> };
}
