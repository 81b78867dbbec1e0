// A TypeScript consumer, compiled with tsc --noEmit by `npm test`: the package name resolves
// through its exports map (ESM, NodeNext), and the types are precise enough to catch mistakes
// (each @ts-expect-error below must be an error, or tsc fails).
import { isValid, validate, type Message, type Verdict } from "twapschema";

const order: Message<"ondo", "create_twap_order"> = {
  market: "AAPL-USD.P",
  side: "buy",
  size: "20.30",
  runningTime: 3600,
  frequency: 60,
};
const verdict: Verdict = validate("ondo", "create_twap_order", order);
console.log(verdict.valid, verdict.violations.map((v) => `${v.rule} at ${v.path}`));

const received: unknown = JSON.parse("{}");
if (isValid("qfex", "add_twap", received)) {
  const quantity: number = received.params.total_quantity; // narrowed by the type guard
  console.log(quantity);
}

const cancels: Message<"okx", "cancel_algos"> = [{ instId: "BTC-USDT", algoId: "1" }]; // a batch: an array
console.log(cancels.length);

// @ts-expect-error: side is "buy" | "sell"
const wrongSide: Message<"ondo", "create_twap_order"> = { ...order, side: "long" };
// @ts-expect-error: size is a decimal string, not a number
const wrongSize: Message<"ondo", "create_twap_order"> = { ...order, size: 20.3 };
// @ts-expect-error: no such message for Ondo
validate("ondo", "add_twap", order);
// @ts-expect-error: no such venue
validate("deribit", "create_twap_order", order);
console.log(wrongSide, wrongSize);
