// The twapschema CEL library for @bufbuild/cel: exact decimal functions over decimal strings
// and JSON numbers (a number by its shortest round-trip text, which is what String() gives).
// Any other CEL environment can implement the same six functions; see the README.
import { celFunc, CelScalar } from "@bufbuild/cel";
import { bech32 } from "bech32";
import Decimal from "decimal.js";

// Products and truncations must never round: give decimal.js all the digits it may need.
const Exact = Decimal.clone({ precision: 1e9, rounding: Decimal.ROUND_DOWN, toExpNeg: -9e15, toExpPos: 9e15 });
const DECIMAL_TEXT = /^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

export function toDecimal(value) {
  if (typeof value === "string") {
    if (!DECIMAL_TEXT.test(value)) throw new Error(`not a decimal: ${JSON.stringify(value)}`);
    return new Exact(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return new Exact(String(value));
  }
  if (typeof value === "bigint") return new Exact(value.toString());
  throw new Error(`not a decimal: ${typeof value}`);
}

function plain(d) {
  return d.toFixed(); // plain notation, every digit
}

// a / b is whole, exactly: both scaled to integers (BigInt) at the larger scale.
function isMultiple(a, b) {
  const [ta, tb] = [plain(toDecimal(a)), plain(toDecimal(b))];
  const scale = Math.max(fraction(ta).length, fraction(tb).length);
  const [ia, ib] = [scaled(ta, scale), scaled(tb, scale)];
  if (ib === 0n) return false;
  return ia % ib === 0n;
}

function fraction(text) {
  const point = text.indexOf(".");
  return point < 0 ? "" : text.slice(point + 1);
}

function scaled(text, scale) {
  const negative = text.startsWith("-");
  const [whole, frac = ""] = (negative ? text.slice(1) : text).split(".");
  const digits = BigInt(whole + frac.padEnd(scale, "0"));
  return negative ? -digits : digits;
}

const D = CelScalar.DYN;
export const twapschemaFunctions = [
  celFunc("decimal_cmp", [D, D], CelScalar.INT, (a, b) => BigInt(toDecimal(a).cmp(toDecimal(b)))),
  celFunc("decimal_mul", [D, D], CelScalar.STRING, (a, b) => plain(toDecimal(a).times(toDecimal(b)))),
  celFunc("decimal_trunc", [D, D], CelScalar.STRING, (a, places) =>
    plain(toDecimal(a).toDecimalPlaces(Number(places), Decimal.ROUND_DOWN)),
  ),
  celFunc("decimal_shift", [D, D], CelScalar.STRING, (a, places) =>
    plain(toDecimal(a).times(new Exact(10).pow(Number(places)))),
  ),
  celFunc("decimal_is_multiple", [D, D], CelScalar.BOOL, (a, b) => isMultiple(a, b)),
  celFunc("bech32_valid", [CelScalar.STRING, CelScalar.STRING], CelScalar.BOOL, (text, prefix) =>
    bech32Valid(text, prefix),
  ),
];

// A bech32 address as the Cosmos SDK reads one: at most 1023 characters, bech32 (not bech32m),
// the given prefix, 5-bit words that convert to 1..255 bytes with no padding left over.
function bech32Valid(text, prefix) {
  if (text.length > 1023) return false;
  const decoded = bech32.decodeUnsafe(text, 1023);
  if (decoded === undefined || decoded.prefix !== prefix) return false;
  const bytes = bech32.fromWordsUnsafe(decoded.words);
  return bytes !== undefined && bytes.length > 0 && bytes.length <= 255;
}
