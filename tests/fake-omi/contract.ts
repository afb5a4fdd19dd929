/**
 * The vendored OpenAPI document as a checker: which operation a request is, whether its query and
 * body conform, and whether an answer conforms to the documented response for its status.
 * Stricter than the document in two places, because the server silently ignores what it does not
 * know and that would hide a client bug: unknown query parameters and unknown body fields.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import openApiDocument from '../vendor/omi-openapi.json';

const DOCUMENT_ID = 'omi-openapi.json';

type HttpMethod = 'get' | 'post' | 'patch' | 'delete' | 'put';

interface ParameterObject {
  in: string;
  name: string;
  required?: boolean;
  schema?: unknown;
}
interface MediaObject {
  schema?: unknown;
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaObject>;
}
interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: { required?: boolean; content?: Record<string, MediaObject> };
  responses?: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>>>;
}

export interface Operation {
  /** The document's path template, e.g. /v1/dev/user/action-items/{action_item_id}. */
  template: string;
  method: HttpMethod;
  operationId: string;
  pathParams: Record<string, string>;
}

export type RouteMatch =
  { kind: 'operation'; operation: Operation } | { kind: 'wrong_method'; allowed: string[] } | { kind: 'unknown_path' };

/** A FastAPI-style validation problem, as the server would list it in a 422. */
export interface Problem {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export interface CheckedQuery {
  values: Record<string, unknown>;
  problems: Problem[];
  /** Conforming to the document but worth flagging (unknown parameters). */
  drift: string[];
}

export interface CheckedBody {
  problems: Problem[];
  drift: string[];
}

/** Statuses docs/omi-api-facts.md (Errors) says the server sends although the document lists none for them. */
const UNDOCUMENTED_ERROR_STATUSES = new Set([402, 429, 500, 502, 503, 504]);

export class Contract {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: false });
  private readonly document = openApiDocument as unknown as OpenApiDocument;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; pattern: RegExp; names: string[] }[];

  constructor() {
    addFormats(this.ajv);
    this.ajv.addSchema(openApiDocument as object, DOCUMENT_ID);
    // Literal segments win over parameters (…/batch before …/{action_item_id}).
    this.templates = Object.keys(this.document.paths)
      .map((template) => {
        const names: string[] = [];
        const source = template
          .split('/')
          .map((segment) => {
            const param = /^\{(.+)\}$/.exec(segment);
            if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(param[1]!);
            return '([^/]+)';
          })
          .join('/');
        return { template, pattern: new RegExp(`^${source}$`), names };
      })
      .sort((a, b) => a.names.length - b.names.length);
  }

  match(method: string, path: string): RouteMatch {
    const wanted = method.toLowerCase() as HttpMethod;
    const allowed: string[] = [];
    for (const { template, pattern, names } of this.templates) {
      const found = pattern.exec(path);
      if (!found) continue;
      const operation = this.document.paths[template]?.[wanted];
      if (operation) {
        const pathParams: Record<string, string> = {};
        names.forEach((name, index) => {
          pathParams[name] = decodeURIComponent(found[index + 1]!);
        });
        return {
          kind: 'operation',
          operation: { template, method: wanted, operationId: operation.operationId ?? template, pathParams },
        };
      }
      allowed.push(...Object.keys(this.document.paths[template] ?? {}).map((name) => name.toUpperCase()));
    }
    return allowed.length > 0 ? { kind: 'wrong_method', allowed } : { kind: 'unknown_path' };
  }

  /** Query values typed as the server would read them (booleans, integers), and what did not fit. */
  checkQuery(operation: Operation, query: URLSearchParams): CheckedQuery {
    const parameters = (this.operationObject(operation).parameters ?? []).map((parameter, index) => ({
      parameter,
      index,
    }));
    const values: Record<string, unknown> = {};
    const problems: Problem[] = [];
    const drift: string[] = [];
    for (const name of new Set(query.keys())) {
      if (!parameters.some(({ parameter }) => parameter.in === 'query' && parameter.name === name)) {
        drift.push(`query parameter "${name}" is not in the document`);
      }
    }
    for (const { parameter, index } of parameters) {
      if (parameter.in !== 'query') continue;
      const raw = query.get(parameter.name);
      if (raw === null) {
        if (parameter.required)
          problems.push({ loc: ['query', parameter.name], msg: 'Field required', type: 'missing' });
        continue;
      }
      const value = coerce(raw, parameter.schema);
      const validate = this.validator(`${this.operationPointer(operation)}/parameters/${index}/schema`);
      if (value === undefined || !validate(value)) {
        problems.push({
          loc: ['query', parameter.name],
          msg: `Input should be ${expected(parameter.schema)}`,
          type: 'parsing',
        });
        continue;
      }
      values[parameter.name] = value;
    }
    return { values, problems, drift };
  }

  /** Whether the operation takes a JSON body. */
  takesBody(operation: Operation): boolean {
    return this.operationObject(operation).requestBody?.content?.['application/json'] !== undefined;
  }

  checkBody(operation: Operation, body: unknown): CheckedBody {
    const pointer = `${this.operationPointer(operation)}/requestBody/content/application~1json/schema`;
    const validate = this.validator(pointer);
    const problems = validate(body) ? [] : toProblems(validate.errors ?? []);
    return { problems, drift: unknownFields(body, this.resolve(pointer)) };
  }

  /** Null when the answer conforms; else what is wrong with it. */
  checkResponse(operation: Operation, status: number, body: unknown): string | null {
    const responses = this.operationObject(operation).responses ?? {};
    const documented = responses[String(status)];
    if (documented === undefined) {
      if (UNDOCUMENTED_ERROR_STATUSES.has(status))
        return this.checkWith(`#/components/schemas/ErrorResponse`, body, status);
      return `status ${status} is not documented for ${operation.method.toUpperCase()} ${operation.template}`;
    }
    const pointer = documented.$ref
      ? `${documented.$ref.slice(1)}/content/application~1json/schema`
      : `${this.operationPointer(operation)}/responses/${status}/content/application~1json/schema`;
    if (this.resolve(pointer) === undefined)
      return body === undefined || body === null ? null : `status ${status} documents no body`;
    if (status === 422 && isStringDetail(body)) return null; // deployed servers: 422 with a plain string detail (docs/omi-api-facts.md, PATCH and Errors)
    return this.checkWith(`#${pointer}`, body, status);
  }

  /** An error answer outside the document's operations, checked against its ErrorResponse. */
  checkErrorBody(status: number, body: unknown): string | null {
    return this.checkWith('#/components/schemas/ErrorResponse', body, status);
  }

  /** A schema the document does not hold (e.g. GET /v1/dev/key, newer than the document). */
  checkLocal(schema: object, body: unknown): string | null {
    const validate = this.ajv.compile(schema);
    return validate(body) ? null : this.ajv.errorsText(validate.errors);
  }

  private checkWith(fragment: string, body: unknown, status: number): string | null {
    const validate = this.validator(fragment.slice(1));
    return validate(body)
      ? null
      : `the ${status} answer does not match the document: ${this.ajv.errorsText(validate.errors)}`;
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }

  private operationObject(operation: Operation): OperationObject {
    return this.document.paths[operation.template]?.[operation.method] ?? {};
  }

  private operationPointer(operation: Operation): string {
    return `/paths/${escapePointer(operation.template)}/${operation.method}`;
  }

  /** The schema object at a pointer, following one level of $ref. */
  private resolve(pointer: string): Record<string, unknown> | undefined {
    let node: unknown = this.document;
    for (const part of pointer.split('/').slice(1)) {
      if (typeof node !== 'object' || node === null) return undefined;
      node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    if (typeof node !== 'object' || node === null) return undefined;
    const ref = (node as { $ref?: unknown }).$ref;
    return typeof ref === 'string' ? this.resolve(ref.slice(1)) : (node as Record<string, unknown>);
  }
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isStringDetail(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { detail?: unknown }).detail === 'string';
}

/** Reads a query string as FastAPI would for the parameter's schema. */
function coerce(raw: string, schema: unknown): unknown {
  const types = schemaTypes(schema);
  if (types.includes('boolean')) {
    const lower = raw.toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(lower)) return true;
    if (['false', '0', 'no', 'off'].includes(lower)) return false;
    return undefined;
  }
  if (types.includes('integer')) return /^-?\d+$/.test(raw) ? Number(raw) : undefined;
  return raw;
}

function schemaTypes(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const { type, anyOf } = schema as { type?: unknown; anyOf?: unknown };
  const own = typeof type === 'string' ? [type] : [];
  const nested = Array.isArray(anyOf) ? anyOf.flatMap(schemaTypes) : [];
  return [...own, ...nested].filter((name) => name !== 'null');
}

function expected(schema: unknown): string {
  const types = schemaTypes(schema);
  if (types.includes('boolean')) return 'a valid boolean';
  if (types.includes('integer')) return 'a valid integer';
  if (types.includes('string')) return 'a valid string';
  return 'valid';
}

/** Top-level body fields the request schema does not name. */
function unknownFields(body: unknown, schema: Record<string, unknown> | undefined): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || schema === undefined) return [];
  const properties = schema.properties;
  if (typeof properties !== 'object' || properties === null) return [];
  return Object.keys(body)
    .filter((field) => !(field in properties))
    .map((field) => `body field "${field}" is not in the document`);
}

/** ajv's errors as the problems FastAPI would list, one per field. */
function toProblems(errors: ErrorObject[]): Problem[] {
  const byField = new Map<string, ErrorObject>();
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    if (error.keyword === 'type' && error.params.type === 'null') continue;
    const field =
      error.keyword === 'required'
        ? `${error.instancePath}/${String(error.params.missingProperty)}`
        : error.instancePath;
    if (!byField.has(field)) byField.set(field, error);
  }
  return [...byField.entries()].map(([field, error]) => ({
    loc: [
      'body',
      ...field
        .split('/')
        .filter(Boolean)
        .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    ],
    ...wordsFor(error),
  }));
}

function wordsFor(error: ErrorObject): { msg: string; type: string } {
  switch (error.keyword) {
    case 'required':
      return { msg: 'Field required', type: 'missing' };
    case 'maxLength':
      return { msg: `String should have at most ${String(error.params.limit)} characters`, type: 'string_too_long' };
    case 'minLength':
      return {
        msg: `String should have at least ${String(error.params.limit)} character${error.params.limit === 1 ? '' : 's'}`,
        type: 'string_too_short',
      };
    case 'maxItems':
      return { msg: `List should have at most ${String(error.params.limit)} items`, type: 'too_long' };
    case 'format':
      return { msg: 'Input should be a valid datetime with a time zone', type: 'datetime_parsing' };
    case 'type':
      return { msg: `Input should be a valid ${String(error.params.type)}`, type: `${String(error.params.type)}_type` };
    default:
      return { msg: error.message ?? 'Input is not valid', type: 'value_error' };
  }
}
