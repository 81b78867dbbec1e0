// twapschema for JavaScript: the venues' TWAP messages as JSON Schemas (Draft 2020-12) with CEL
// rules, and validate(), whose verdicts, rule ids and paths are those of the Python package
// (held to every conformance vector by test/conformance.test.mjs).
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { ANNOTATION, CHECK, RULES, WIRE, judge } from "./lib/judge.mjs";

const here = new URL("./schemas/", import.meta.url);
const readJson = (name) => JSON.parse(readFileSync(new URL(name, here), "utf8"));

/** twapschema's annotation keywords, as Ajv keyword definitions: with them Ajv's strict mode
 * compiles every twapschema schema (without them it refuses the unknown keywords). */
export const vocabulary = [ANNOTATION, RULES, WIRE, CHECK].map((keyword) => ({ keyword }));

/** Register twapschema's keywords with an Ajv instance (strict mode stays on). */
export function addVocabulary(ajv) {
  for (const definition of vocabulary) ajv.addKeyword(definition);
  return ajv;
}

const index = readJson("index.json");
const ajv = addVocabulary(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true }));
addFormats(ajv);
const compiled = new Map(); // "venue/message" -> [schema, validate], compiled on first use

function entry(venue, message) {
  const info = index.venues[venue];
  if (info === undefined) {
    throw new RangeError(`unknown venue ${JSON.stringify(venue)}; known venues: ${Object.keys(index.venues).join(", ")}`);
  }
  const listed = info.messages[message];
  if (listed === undefined) {
    throw new RangeError(
      `unknown message ${JSON.stringify(message)} for venue ${JSON.stringify(venue)}; its messages: ${Object.keys(info.messages).join(", ")}`,
    );
  }
  return listed;
}

/** The message's JSON Schema, as the Python package ships it. */
export function schema(venue, message) {
  return readJson(entry(venue, message).path);
}

/** Every venue id, and each venue's message ids with their kinds. */
export function venues() {
  return Object.fromEntries(
    Object.entries(index.venues).map(([venue, info]) => [
      venue,
      Object.fromEntries(Object.entries(info.messages).map(([m, e]) => [m, e.kind])),
    ]),
  );
}

/**
 * Validate ``payload`` (parsed JSON) as ``message`` of ``venue``: every violated rule with the
 * JSON Pointer of the member, and the rules left unchecked for want of reference data.
 * ``options.reference``: reference data as a reference file holds it, one member per venue id
 * (the venue's own part is used; without it, rules that need it are unchecked).
 */
export function validate(venue, message, payload, options = {}) {
  const key = `${venue}/${message}`;
  let found = compiled.get(key);
  if (found === undefined) {
    const s = schema(venue, message);
    found = [s, ajv.compile(s)];
    compiled.set(key, found);
  }
  return judge(found[0], found[1], payload, options.reference?.[venue] ?? null);
}

/** ``validate(...).valid``, as a type guard. */
export function isValid(venue, message, payload, options = {}) {
  return validate(venue, message, payload, options).valid;
}
