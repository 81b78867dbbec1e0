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
  // Offline: every request the site makes goes to this server (fonts, scripts, search index).
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.host !== `127.0.0.1:${port}`) fail(`a request leaves the site: ${request.url()}`);
  });

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

  // A glyph renders when it is drawn wider or narrower than a code point no font has (tofu).
  // Measured in the font the page's text that holds it is set in, once the page's fonts loaded.
  async function glyphRenders(glyph) {
    return page.evaluate(async (g) => {
      await document.fonts.ready;
      const el = [...document.querySelectorAll("article p, article li, article td")].find((e) => e.textContent.includes(g));
      if (!el) return false;
      const style = getComputedStyle(el);
      const ctx = document.createElement("canvas").getContext("2d");
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const missing = ctx.measureText("\u{10FFFD}");
      const drawn = ctx.measureText(g);
      return drawn.width > 0 && (drawn.width !== missing.width || drawn.actualBoundingBoxAscent !== missing.actualBoundingBoxAscent);
    }, glyph);
  }
  await visit("/venues/binance/", "venue-binance-usds");
  const usds = await page.locator("article").innerText();
  if (!usds.includes("USDⓈ-M")) fail("/venues/binance/: USDⓈ-M is not on the page");
  else if (!(await glyphRenders("Ⓢ"))) fail("/venues/binance/: Ⓢ is drawn as a missing glyph");
  else ok("/venues/binance/: USDⓈ-M shown, Ⓢ drawn by a local font");

  await visit("/comparison/", "comparison");
  // Nine venues side by side: no identifier broken over two lines, and a table wider than the
  // page scrolls sideways (the venue column beyond the edge can be reached) with its row
  // labels kept in view.
  const layout = await page.evaluate(() => {
    const codes = [...document.querySelectorAll("article table code")];
    const broken = codes.filter((c) => c.getClientRects().length > 1).map((c) => c.textContent);
    const tables = [...document.querySelectorAll("article table")].map((t) => {
      const wrap = t.closest(".md-typeset__scrollwrap") ?? t.parentElement;
      const overflow = getComputedStyle(wrap).overflowX;
      const first = t.querySelector("tbody td:first-child");
      return {
        wider: t.scrollWidth > wrap.clientWidth,
        scrolls: overflow === "auto" || overflow === "scroll",
        sticky: first ? getComputedStyle(first).position === "sticky" : true,
      };
    });
    return { codes: codes.length, broken, tables };
  });
  if (layout.broken.length) fail(`/comparison/: identifiers broken mid-word: ${layout.broken.slice(0, 5).join(", ")}`);
  else ok(`/comparison/: ${layout.codes} identifiers, none broken over lines`);
  const stuck = layout.tables.filter((t) => t.wider && !(t.scrolls && t.sticky));
  if (stuck.length) fail(`/comparison/: ${stuck.length} wide tables neither scroll nor keep their row labels`);
  else ok(`/comparison/: ${layout.tables.filter((t) => t.wider).length} wide tables scroll with their row labels kept`);
  await page.locator("article .md-typeset__scrollwrap").first().evaluate((w) => w.scrollBy(10000, 0));
  await page.screenshot({ path: join(shots, "comparison-scrolled.png") });
  await expectTable(
    "/comparison/",
    ["Aevo", "Binance Algo trading", "Bybit", "dYdX v4", "Hyperliquid", "Kraken (spot)", "OKX", "Ondo Perps", "QFEX"],
    "order_interval_secs",
  );

  await visit("/install/", "install");
  const install = await page.locator("article").innerText();
  if (!install.includes("pip install twapschema")) fail("/install/: no pip install");
  else ok("/install/: pip install and the quick start shown");

  await visit("/cli/", "cli");
  const commands = (await page.locator("article h2").allInnerTexts()).map((t) => t.replace(/[¶\s]+$/, "").trim());
  const wanted = ["validate", "list", "schema", "translate", "feasible", "reference", "reference sources", "reference build", "reference fetch", "diff", "generate"];
  const absent = wanted.filter((c) => !commands.includes(`twapschema ${c}`));
  if (absent.length) fail(`/cli/: commands missing: ${absent.join(", ")} (has ${commands.join(", ")})`);
  else ok(`/cli/: all ${wanted.length} commands with their options`);

  await visit("/api/", "api");
  const api = await page.locator("article").innerText();
  const names = ["twapschema.validate", "twapschema.validator", "twapschema.validate_wire", "twapschema.load_reference", "twapschema.json_schema", "twapschema.translate"];
  const undocumented = names.filter((n) => !api.includes(n));
  if (undocumented.length) fail(`/api/: not documented: ${undocumented.join(", ")}`);
  else if (!api.includes("Never raises for a bad payload")) fail("/api/: validate's docstring is not shown");
  else ok(`/api/: ${names.length} public names with their docstrings`);

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
