// Lighthouse audits of HipSpine's pages along a patient's way: the start page, the interview's "about you" and first
// question step, "Check your answers", the result, My plan (signed up through the mailed confirmation link, the
// result saved, the plan started) and the diary.
// Usage: MAIL_DIR=... node audit.mjs BASE_URL OUT_DIR [mobile|desktop ...]   (scripts/lighthouse starts the app, the
// SMTP sink whose folder MAIL_DIR is, and calls this).
// RUNS=n (default 3) repeats each flow and reports the median score, as Lighthouse advises for its run-to-run variance.
// One user flow per form factor in its own headless Debian Chromium: the interview's steps are form posts answered
// with a redirect, so the pages behind them are measured with flow.navigate(callback that clicks); the steps between
// are driven by puppeteer-core (steps.mjs) unmeasured. Prints a Markdown table (page x category) and writes each
// flow's JSON and HTML.
import fs from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import {startFlow} from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {
  answerAboutYou, answerScreen, backStrain, click, countQuestionSteps, clickAndWait, expectHeading, isResult, logToday,
  signUpAndSave, startPlan, tickLowBack,
} from './steps.mjs';

const [base, outDir, ...factorArgs] = process.argv.slice(2);
if (!base || !outDir) {
  console.error('usage: node audit.mjs BASE_URL OUT_DIR [mobile|desktop ...]');
  process.exit(2);
}
const factors = factorArgs.length ? factorArgs : ['mobile', 'desktop'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const runs = Number(process.env.RUNS ?? 3);
const mailDir = process.env.MAIL_DIR;
if (!mailDir) {
  console.error('MAIL_DIR (the SMTP sink\'s folder, where the sign-up confirmation arrives) is not set: run scripts/lighthouse');
  process.exit(2);
}
const password = 'correct horse battery staple';

async function runFlow(factor, run) {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    // Lighthouse CLI's own Chrome flags (chrome-launcher's defaults) plus no sandbox (root) and no GPU.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions',
      '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,CalculateNativeWinOcclusion,' +
        'InterestFeedContentSuggestions,CertificateTransparencyComponentUpdater,AutofillServerCommunication,PrivacySandboxSettings4',
      '--disable-component-extensions-with-background-pages', '--disable-client-side-phishing-detection', '--metrics-recording-only',
      '--mute-audio', '--no-default-browser-check', '--disable-backgrounding-occluded-windows', '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling', '--disable-ipc-flooding-protection', '--password-store=basic', '--use-mock-keychain',
      '--disable-hang-monitor', '--disable-prompt-on-repost', '--disable-domain-reliability'],
  });
  try {
    const steps = await countQuestionSteps(browser, base);
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      name: `HipSpine (${factor})`,
      config: factor === 'desktop' ? desktopConfig : undefined,
      flags: {onlyCategories: categories},
    });
    // Each measured step starts after two quiet seconds, as a cold Lighthouse navigation does: without them the
    // previous step's leftover work (the heavy plan page's teardown and garbage collection, the server finishing a
    // form post on the same two cores) lands in the next page's trace as "Unattributable" blocking time.
    const settle = () => new Promise(resolve => setTimeout(resolve, 2000));
    const measure = async (action, name) => {
      await settle();
      return flow.navigate(action, {name});
    };

    await flow.navigate(`${base}/`, {name: 'Start page'});
    await measure(() => click(page, 'Start the assessment'), 'Interview: about you');
    await expectHeading(page, 'About you');
    await answerAboutYou(page);
    await tickLowBack(page);
    await measure(() => click(page, 'Continue'), 'Interview: first question step');
    for (let i = 1; i < steps; i++) {
      await answerScreen(page, backStrain);
      await clickAndWait(page, 'Continue');
    }
    await answerScreen(page, backStrain);
    await measure(() => click(page, 'Continue'), 'Check your answers');
    await expectHeading(page, 'Check your answers');
    await measure(() => click(page, 'See my result'), 'Result page');
    if (!(await isResult(page))) throw new Error('"See my result" did not show a result');

    // My plan, the heaviest page, belongs to a saved assessment: save the result to a new account (confirmed
    // through the mailed link), start the plan, then audit the started plan as a fresh load.
    const assessment = await signUpAndSave(page, mailDir, `lighthouse-${factor}-${run}-${Date.now()}@example.com`, password);
    await startPlan(page, base, assessment);
    await measure(`${base}${assessment}/plan`, 'My plan');
    await expectHeading(page, 'My plan');
    await logToday(page); // one diary entry, from the plan's "Today" form
    await measure(`${base}${assessment}/diary`, 'Diary page');
    await expectHeading(page, 'Diary');

    const result = await flow.createFlowResult();
    await fs.writeFile(path.join(outDir, `flow-${factor}-${run}.json`), JSON.stringify(result, null, 1));
    await fs.writeFile(path.join(outDir, `flow-${factor}-${run}.html`), await flow.generateReport());
    return result.steps.map(step => ({
      factor,
      page: step.name,
      scores: Object.fromEntries(categories.map(c => [c, Math.round((step.lhr.categories[c]?.score ?? NaN) * 100)])),
      failing: Object.values(step.lhr.audits)
        .filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map(a => a.id),
      // The page budget's measure (docs/performance.md): the HTML, CSS and JS as received, uncompressed.
      bytes: (step.lhr.audits['network-requests']?.details?.items ?? [])
        .filter(i => ['Document', 'Stylesheet', 'Script'].includes(i.resourceType) && !i.url.startsWith('data:'))
        .reduce((sum, i) => sum + (i.resourceSize ?? 0), 0),
      offSite: step.lhr.audits['network-requests']?.details?.items
        ?.map(i => i.url).filter(u => !u.startsWith(base) && !u.startsWith('data:')) ?? [],
    }));
  } finally {
    await browser.close();
  }
}

await fs.mkdir(outDir, {recursive: true});
const all = [];
try {
  for (const factor of factors) for (let run = 1; run <= runs; run++) all.push(...await runFlow(factor, run));
} catch (error) {
  console.error(error);
  process.exit(3); // a flow could not be driven to its pages (1 is kept for scores below target)
}
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const rows = [];
for (const r of all) {
  let row = rows.find(x => x.factor === r.factor && x.page === r.page);
  if (!row) rows.push(row = {factor: r.factor, page: r.page, all: [], bytes: 0, failing: new Set(), offSite: new Set()});
  row.bytes = Math.max(row.bytes, r.bytes);
  row.all.push(r.scores);
  r.failing.forEach(a => row.failing.add(a));
  r.offSite.forEach(u => row.offSite.add(u));
}
for (const row of rows) {
  row.scores = Object.fromEntries(categories.map(c => [c, median(row.all.map(s => s[c]))]));
  row.performanceRuns = row.all.map(s => s.performance).join(', ');
}
console.log(`median of ${runs} run(s) per form factor`);
console.log(`| page | form factor | ${categories.join(' | ')} | performance, each run | HTML+CSS+JS bytes |`);
console.log(`|---|---|${categories.map(() => '---').join('|')}|---|---|`);
for (const r of rows) {
  console.log(`| ${r.page} | ${r.factor} | ${categories.map(c => r.scores[c]).join(' | ')} | ${r.performanceRuns} | ${r.bytes.toLocaleString('en')} |`);
}
for (const r of rows.filter(r => r.bytes > 100_000)) console.log(`over the 100 KB page budget: ${r.page} (${r.factor}), ${r.bytes} bytes`);
for (const r of rows.filter(r => r.failing.size)) console.log(`failing audits, ${r.page} (${r.factor}): ${[...r.failing].join(', ')}`);
for (const r of rows.filter(r => r.offSite.size)) console.log(`off-site requests, ${r.page} (${r.factor}): ${[...r.offSite].join(', ')}`);
const low = rows.filter(r => r.scores.performance < 95 || r.scores.accessibility < 100);
if (low.length) {
  console.log(`below target (performance >= 95, accessibility 100): ${low.map(r => `${r.page} (${r.factor})`).join('; ')}`);
  process.exitCode = 1;
}
