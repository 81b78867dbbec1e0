// twapschema's JavaScript API (index.mjs). The message types are generated (types/).
import type { KeywordDefinition } from "ajv";
import type { Messages } from "./types/messages.js";

export type { Messages } from "./types/messages.js";

/** A venue id: "qfex", "ondo", "okx", ... */
export type Venue = keyof Messages;
/** A message id of a venue: "create_twap_order" for "ondo", ... */
export type MessageId<V extends Venue> = keyof Messages[V] & string;
/** The payload of a message, as its JSON Schema describes it. */
export type Message<V extends Venue, M extends MessageId<V>> = Messages[V][M];

export interface Violation {
  /** The rule id, e.g. "running_time_multiple_of_frequency" or "size.exclusiveMinimum". */
  rule: string;
  /** The JSON Pointer of the member at fault ("" for the message as a whole). */
  path: string;
}

export interface Verdict {
  valid: boolean;
  violations: Violation[];
  /** Rules that need reference data that was not given. */
  unchecked: string[];
}

export interface Options {
  /** Reference data as a reference file holds it: one member per venue id. */
  reference?: Record<string, unknown> | null;
}

/** twapschema's annotation keywords as Ajv keyword definitions (Ajv's strict mode needs them). */
export declare const vocabulary: KeywordDefinition[];
/** Registers twapschema's keywords with an Ajv instance; returns it. */
export declare function addVocabulary<A extends { addKeyword(definition: KeywordDefinition): unknown }>(ajv: A): A;

/** Every violated rule of `payload` as `message` of `venue`, with the verdicts of the Python package. */
export declare function validate<V extends Venue, M extends MessageId<V>>(
  venue: V,
  message: M,
  payload: unknown,
  options?: Options,
): Verdict;

/** `validate(...).valid`, as a type guard. */
export declare function isValid<V extends Venue, M extends MessageId<V>>(
  venue: V,
  message: M,
  payload: unknown,
  options?: Options,
): payload is Message<V, M>;

/** The message's JSON Schema (Draft 2020-12, CEL rules under "x-twapschema-rules"). */
export declare function schema<V extends Venue>(venue: V, message: MessageId<V>): Record<string, unknown>;

/** Every venue id, and each venue's message ids with their kinds. */
export declare function venues(): { [V in Venue]: { [M in MessageId<V>]: "request" | "response" | "error" } };
