// The docs site as a reader sees it: served on localhost, opened in headless Chromium (Debian's
// package), checked for its tables and its search, with screenshots to look at.
//
//   node tests/browser/check.mjs SITE_DIR [SCREENSHOT_DIR]     exit 0: all seen; 1: not
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const site = resolve(process.argv[2] ?? "site");
const shots = resolve(process.argv[3] ?? join(site, "..", "screenshots"));
mkdirSync(shots, { recursive: true });
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const port = await new Promise((done) => {
  const probe = createServer().listen(0, "127.0.0.1", () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});
const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", site], {
  stdio: "ignore",
});
const base = `http://127.0.0.1:${port}`;
let failures = 0;
const fail = (what) => {
  failures += 1;
  console.log(`FAIL ${what}`);
};
const ok = (what) => console.log(`ok   ${what}`);

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the docs server did not start");
}

const browser = await (async () => {
  await waitForServer();
  return chromium.launch({
    executablePath: browserPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
})();

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

  async function visit(path, shot) {
    const response = await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    if (!response || !response.ok()) fail(`${path}: HTTP ${response?.status()}`);
    await page.screenshot({ path: join(shots, `${shot}.png`), fullPage: false });
  }

  async function expectTable(path, headerTexts, cellText) {
    const tables = page.locator("article table");
    const count = await tables.count();
    const headers = await page.locator("article table th").allInnerTexts();
    const missing = headerTexts.filter((h) => !headers.some((t) => t.trim() === h));
    const cells = await page.locator("article table td").allInnerTexts();
    if (count === 0) fail(`${path}: no table rendered`);
    else if (missing.length) fail(`${path}: table headers missing: ${missing.join(", ")}`);
    else if (!cells.some((c) => c.includes(cellText))) fail(`${path}: no cell shows ${cellText}`);
    else ok(`${path}: ${count} tables, headers and "${cellText}" shown`);
  }

  for (const [venue, title, field, rule] of [
    ["qfex", "QFEX", "order_interval_secs", "order_interval_secs.minimum"],
    ["ondo", "Ondo Perps", "runningTime", "child_order_count"],
    ["aevo", "Aevo", "amount_float", "amount_float.multipleOf"],
    ["hyperliquid", "Hyperliquid", "m", "m.maximum"],
    ["binance", "Binance Algo trading", "quantity", "quantity_per_minute_above_min_qty"],
    ["okx", "OKX", "pxVar", "price_variance_exactly_one"],
    ["bybit", "Bybit", "interval", "duration_divisible_by_interval"],
    ["dydx", "dYdX v4", "twap_parameters", "duration_multiple_of_interval"],
    ["kraken", "Kraken (spot)", "ordertype", "price_only_for_limit"],
  ]) {
    const path = `/venues/${venue}/`;
    await visit(path, `venue-${venue}`);
    const h1 = (await page.locator("article h1").first().innerText()).trim();
    if (!h1.startsWith(title)) fail(`${path}: heading is ${JSON.stringify(h1)}, not ${title}`);
    await expectTable(path, ["Field", "Type", "Required", "Constraints (rule id)"], field);
    const text = await page.locator("article").innerText();
    if (!text.includes(rule)) fail(`${path}: the rule ${rule} is not shown`);
    else ok(`${path}: the rule ${rule} and its invalid examples are shown`);
    const downloads = await page.locator('article a[href$=".schema.json"]').count();
    if (downloads === 0) fail(`${path}: no JSON Schema download link`);
    else {
      const href = await page.locator('article a[href$=".schema.json"]').first().getAttribute("href");
      const schema = await fetch(new URL(href, `${base}${path}`)).then((r) => r.json());
      if (!String(schema.$id).startsWith("https://twapschema.dev/schemas/")) fail(`${path}: schema link gives no schema`);
      else ok(`${path}: ${downloads} schema links; the first downloads ${schema.$id}`);
    }
  }

  await visit("/comparison/", "comparison");
  await expectTable(
    "/comparison/",
    ["Aevo", "Binance Algo trading", "Bybit", "dYdX v4", "Hyperliquid", "Kraken (spot)", "OKX", "Ondo Perps", "QFEX"],
    "order_interval_secs",
  );

  await visit("/translation/", "translation");
  await expectTable("/translation/", ["Venue", "Verdict", "Nearest fitting variant"], "accepted");

  await visit("/", "home");
  await page.locator("label.md-search__icon, .md-search__input").first().click();
  await page.locator("input.md-search__input").pressSequentially("order_interval_secs", { delay: 20 });
  const results = page.locator(".md-search-result__item");
  try {
    await results.first().waitFor({ timeout: 15000 });
    const found = await results.allInnerTexts();
    await page.screenshot({ path: join(shots, "search.png") });
    if (!found.some((t) => t.includes("order_interval_secs"))) fail("search: results do not mention order_interval_secs");
    else ok(`search: "order_interval_secs" finds ${found.length} results`);
  } catch (error) {
    await page.screenshot({ path: join(shots, "search.png") });
    fail(`search: no results for order_interval_secs (${error.message})`);
  }
} finally {
  await browser.close();
  server.kill();
}

console.log(`browser check: ${failures} failures; screenshots in ${shots}`);
process.exit(failures === 0 ? 0 : 1);
