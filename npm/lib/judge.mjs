// How twapschema's verdicts come out of a JSON Schema validator and a CEL engine, in
// JavaScript: Ajv's errors mapped to rule ids and JSON Pointers as Python reports them, the CEL
// rules under x-twapschema-rules run where their operands passed, and the wire decode of
// x-twapschema-wire (the venue's reading of text values, absent values, other names).
// test/conformance.test.mjs holds this to every conformance vector.
import { run } from "@bufbuild/cel";
import { twapschemaFunctions } from "./cel.mjs";

export const ANNOTATION = "x-twapschema";
export const RULES = "x-twapschema-rules";
export const WIRE = "x-twapschema-wire";
// A subschema that names the field's check its errors stand for (the I-JSON integer range: `.type`).
export const CHECK = "x-twapschema-check";
// Spec types whose `pattern` (and digit cap) is the type check itself, as in Python.
const PATTERN_IS_TYPE = new Set(["decimal_string", "integer_string", "fixed_point_string"]);

const escape = (token) => token.replaceAll("~", "~0").replaceAll("/", "~1");
const tokens = (pointer) =>
  pointer === "" ? [] : pointer.slice(1).split("/").map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));

function resolveRef(schema, node) {
  let current = node;
  while (current && typeof current.$ref === "string" && current.$ref.startsWith("#/$defs/")) {
    current = schema.$defs[current.$ref.slice("#/$defs/".length)];
  }
  return current;
}

// The innermost field annotation on the way down to `pointer`.
function fieldAt(schema, pointer) {
  let node = schema;
  let found = schema[ANNOTATION];
  for (const token of tokens(pointer)) {
    const here = resolveRef(schema, node);
    if (here?.properties && Object.hasOwn(here.properties, token)) node = here.properties[token];
    else if (here?.items) node = here.items;
    else break;
    found = node[ANNOTATION] ?? resolveRef(schema, node)?.[ANNOTATION] ?? found;
  }
  return found;
}

function ruleOf(schema, error) {
  if (error.keyword === "additionalProperties") {
    return { rule: "unknown_field", path: `${error.instancePath}/${escape(error.params.additionalProperty)}` };
  }
  if (error.keyword === "required") {
    const path = `${error.instancePath}/${escape(error.params.missingProperty)}`;
    return { rule: `${fieldAt(schema, path).field}.required`, path };
  }
  const field = fieldAt(schema, error.instancePath);
  let check = error.keyword;
  if (typeof error.parentSchema?.[CHECK] === "string") check = error.parentSchema[CHECK];
  if (check === "format") check = "type";
  if ((check === "pattern" || check === "maxLength") && PATTERN_IS_TYPE.has(field.type)) check = "type";
  return { rule: `${field.field}.${check}`, path: error.instancePath };
}

// Python reports one type error per member and nothing else there, or else one enum error and
// nothing else there (an enum member with a const); so does this.
function schemaViolations(schema, errors) {
  const mapped = (errors ?? []).map((e) => ruleOf(schema, e));
  const pathsOf = (check) =>
    new Set(mapped.filter((v) => v.rule.endsWith(check)).map((v) => v.path));
  const typed = pathsOf(".type");
  const notMembers = pathsOf(".enum");
  const kept = mapped.filter((v) =>
    typed.has(v.path)
      ? v.rule.endsWith(".type")
      : !notMembers.has(v.path) || v.rule.endsWith(".enum"),
  );
  return dedupe(kept);
}

function dedupe(violations) {
  const seen = new Map(violations.map((v) => [`${v.rule}\u0000${v.path}`, v]));
  return [...seen.values()];
}

function toCel(value) {
  if (Array.isArray(value)) return value.map(toCel);
  if (value !== null && typeof value === "object") {
    return new Map(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  }
  return value;
}

function evaluate(expression, bindings) {
  try {
    return run(expression, bindings, { funcs: twapschemaFunctions });
  } catch (error) {
    return error; // a failed evaluation counts as the rule not holding
  }
}

// Walks payload and schema together. In each object its field-scope rules run first (such as a
// decimal string's bound), then the objects within it, then its object-scope rules: a rule may
// read a member of an object within (/order_id/clob_pair_id), whose own rules have run by then.
// Each rule runs only where its operands, and the objects above them, passed.
function runRules(schema, node, value, path, schemaErrors, reference, out) {
  const here = resolveRef(schema, node);
  if (!here) return;
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const rules = [...(node[RULES] ?? []), ...(here !== node ? here[RULES] ?? [] : [])];
    for (const rule of rules) {
      if (rule.scope === "field") runRule(rule, value, path, schemaErrors, reference, out);
    }
    for (const [key, child] of Object.entries(here.properties ?? {})) {
      if (Object.hasOwn(value, key)) {
        runRules(schema, child, value[key], `${path}/${escape(key)}`, schemaErrors, reference, out);
      }
    }
    for (const rule of rules) {
      if (rule.scope !== "field") runRule(rule, value, path, schemaErrors, reference, out);
    }
  } else if (Array.isArray(value) && here.items) {
    value.forEach((item, i) => runRules(schema, here.items, item, `${path}/${i}`, schemaErrors, reference, out));
  }
}

// A failure at the operand, within it, or at an object between the rule's object and it.
function broken(path, operand, failure) {
  if (failure === operand || failure.startsWith(`${operand}/`)) return true;
  return failure.startsWith(`${path}/`) && operand.startsWith(`${failure}/`);
}

// The member a JSON Pointer names within value, or undefined.
function at(value, pointer) {
  for (const token of pointer.split("/").slice(1)) {
    const name = token.replaceAll("~1", "/").replaceAll("~0", "~");
    value = value !== null && typeof value === "object" && !Array.isArray(value) ? value[name] : undefined;
  }
  return value;
}

function runRule(rule, value, path, schemaErrors, reference, out) {
  const failed = [...schemaErrors, ...out.fieldFailures];
  if (rule.fields.some((f) => failed.some((e) => broken(path, `${path}${f}`, e.path)))) return;
  // An optional operand absent (or null): the rule does not apply, checked or not.
  if ((rule.requires ?? []).some((f) => at(value, f) === undefined || at(value, f) === null)) return;
  const bindings = { self: toCel(value), ref: toCel(reference ?? {}) };
  const needs = rule.reference ?? [];
  if (needs.some((s) => reference == null || reference[s] == null)) {
    out.unchecked.push(rule.id);
    return;
  }
  if (rule.applies !== undefined && evaluate(rule.applies, bindings) !== true) {
    out.unchecked.push(rule.id);
    return;
  }
  if (evaluate(rule.expression, bindings) !== true) {
    const violation = { rule: rule.id, path: `${path}${rule.path}` };
    out.violations.push(violation);
    if (rule.scope === "field") out.fieldFailures.push(violation);
  }
}

// The wire decode of x-twapschema-wire (the README's "For other languages"): values the venue
// reads as absent dropped, other names renamed, integer/number/boolean read from their text.
const TEXT = {
  integer: (t) => (/^-?[0-9]+$/.test(t) ? Number(t) : t),
  number: (t) => (/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/.test(t) ? Number(t) : t),
  boolean: (t) => (t === "true" ? true : t === "false" ? false : t),
};

function decodeWire(wire, payload) {
  const renames = new Map(); // decoded pointer -> pointer as sent
  const found = [];
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
    return { payload, renames, found };
  }
  const absent = new Set(wire.absent ?? []);
  const isAbsent = (v) =>
    (v === "" && absent.has("empty_string")) ||
    (Array.isArray(v) && v.length === 0 && absent.has("empty_array")) ||
    (v === null && absent.has("null"));
  const ignored = new Set(wire.ignored ?? []);
  const walk = (node, obj, at, sent) => {
    const out = {};
    const sentAs = new Map();
    for (const [k, v] of Object.entries(obj)) {
      if (isAbsent(v) || (at === "" && ignored.has(k))) continue;
      const name = node.aliases?.[k] ?? k;
      const sentAt = `${sent}/${escape(k)}`;
      const here = `${at}/${escape(name)}`;
      if (Object.hasOwn(out, name)) {
        // At the other name's member, judged by the spec's name's value, in any member order.
        found.push({ rule: "duplicate_field", path: name !== k ? sentAt : sentAs.get(name) });
        if (name !== k) continue;
        for (const d of [...renames.keys()]) if (d === here || d.startsWith(`${here}/`)) renames.delete(d);
      } else if (name !== k) renames.set(here, sentAt);
      sentAs.set(name, sentAt);
      let value = v;
      if (typeof v === "string" && node.text?.[name]) value = TEXT[node.text[name]](v);
      else if (Number.isInteger(v) && (node.digits ?? []).includes(name)) value = String(v);
      else if (v !== null && typeof v === "object" && !Array.isArray(v) && node.objects?.[name]) {
        value = walk(node.objects[name], v, here, sentAt);
      } else if (Array.isArray(v) && node.items?.[name]) {
        value = v.map((item, i) =>
          item !== null && typeof item === "object" && !Array.isArray(item)
            ? walk(node.items[name], item, `${here}/${i}`, `${sentAt}/${i}`)
            : item,
        );
      }
      out[name] = value;
    }
    return out;
  };
  return { payload: walk(wire, payload, "", ""), renames, found };
}

function remap(violations, renames) {
  if (renames.size === 0) return violations;
  return violations.map((v) => {
    let best = "";
    for (const decoded of renames.keys()) {
      if (decoded.length > best.length && (v.path === decoded || v.path.startsWith(`${decoded}/`))) best = decoded;
    }
    return best ? { ...v, path: renames.get(best) + v.path.slice(best.length) } : v;
  });
}


// One message's verdict: decoded as the venue reads it, validated, its rules run, every
// violation at the name sent. ``validate`` is Ajv's compiled function for ``schema``.
function judgeOne(schema, validate, payload, prefix, reference, unchecked) {
  const wire = schema[WIRE];
  const decoded = wire ? decodeWire(wire, payload) : { payload, renames: new Map(), found: [] };
  const fromSchema = validate(decoded.payload) ? [] : schemaViolations(schema, validate.errors);
  const own = { violations: [], unchecked, fieldFailures: [] };
  runRules(schema, schema, decoded.payload, "", fromSchema, reference, own);
  const located = [...decoded.found, ...remap([...fromSchema, ...own.violations], decoded.renames)];
  return located.map((v) => ({ ...v, path: `${prefix}${v.path}` }));
}

// The verdict on ``payload``: { valid, violations: [{ rule, path }], unchecked: [rule id] }.
export function judge(schema, validate, payload, reference) {
  const wire = schema[WIRE];
  const unchecked = [];
  let judged;
  if (wire?.batch === undefined) judged = judgeOne(schema, validate, payload, "", reference, unchecked);
  else if (!Array.isArray(payload)) judged = [{ rule: "payload.type", path: "" }];
  else {
    // A batch (OKX's cancel-algos): an array of 1..batch messages, each under its index.
    judged = payload.flatMap((item, i) => judgeOne(schema, validate, item, `/${i}`, reference, unchecked));
    if (payload.length === 0) judged.push({ rule: "payload.minItems", path: "" });
    if (payload.length > wire.batch) judged.push({ rule: "payload.maxItems", path: "" });
  }
  const violations = dedupe(judged);
  // A batch's items may each leave a rule unchecked; it is listed once, as Python lists it.
  const listed = wire?.batch === undefined ? unchecked : [...new Set(unchecked)];
  return { valid: violations.length === 0, violations, unchecked: [...listed].sort() };
}
