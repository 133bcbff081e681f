// Lighthouse audits of HipSpine's start, interview, result and diary pages (issue 7, item 4).
// Usage: node audit.mjs BASE_URL OUT_DIR [mobile|desktop ...]   (scripts/lighthouse starts the app and calls this)
// RUNS=n (default 3) repeats each flow and reports the median score, as Lighthouse advises for its run-to-run variance.
// One user flow per form factor in its own headless Debian Chromium: the interview is a chain of form posts, so
// the pages behind them are measured with flow.navigate(callback that clicks), the steps between are driven by
// puppeteer-core unmeasured. Prints a Markdown table (page x category) and writes each flow's JSON and HTML.
import fs from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import {startFlow} from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [base, outDir, ...factorArgs] = process.argv.slice(2);
if (!base || !outDir) {
  console.error('usage: node audit.mjs BASE_URL OUT_DIR [mobile|desktop ...]');
  process.exit(2);
}
const factors = factorArgs.length ? factorArgs : ['mobile', 'desktop'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const runs = Number(process.env.RUNS ?? 3);
const password = 'correct horse battery staple';

// A 35-year-old who hurt his low back lifting two days ago (the browser tests' BackStrain): short and non-urgent.
const backStrain = {
  'episode.duration_days': '2',
  'episode.onset': 'Suddenly, within minutes or hours',
  'pain.severity_now': '4',
  'hx.lifting_onset': 'Yes',
  'pain.worse_bending_lifting': 'Yes',
};

/** Clicks the button or link whose text is exactly `text` (the way a person finds it). */
async function click(page, text, scope = 'main') {
  await page.evaluate((text, scope) => {
    const target = [...document.querySelectorAll(`${scope} button, ${scope} a`)].find(e => e.textContent.trim() === text);
    if (!target) throw new Error(`No button or link "${text}" on ${location.pathname}`);
    target.click();
  }, text, scope);
}

/** Clicks and waits for the page the click leads to (for the unmeasured steps). */
async function clickAndWait(page, text) {
  await Promise.all([page.waitForNavigation({waitUntil: 'load'}), click(page, text)]);
}

/** Answers every question of a screen: the given answers, else "No" where offered, else "Not sure". */
async function answerScreen(page, answers) {
  await page.evaluate(answers => {
    for (const question of document.querySelectorAll('main fieldset.question')) {
      const code = question.querySelector("input[name^='a.']").name.slice(2);
      const wanted = answers[code];
      const number = question.querySelector('input[type=number]');
      if (number) {
        if (wanted === undefined) question.querySelector('input[type=checkbox]').checked = true;
        else number.value = wanted;
        continue;
      }
      const radios = [...question.querySelectorAll('input[type=radio]')];
      const labelled = text => radios.find(r => r.closest('label')?.textContent.trim() === text);
      const radio = wanted !== undefined ? labelled(wanted) : labelled('No') ?? labelled('Not sure');
      if (!radio) throw new Error(`No answer "${wanted}" for ${code}`);
      radio.checked = true;
    }
  }, answers);
}

const isResult = page => page.$('#urgency-title').then(Boolean);

/** From the start page's button to the first question screen (about you, then the low back on the body map). */
async function toFirstQuestions(page, measure) {
  await page.type('input[name=age]', '35');
  await page.click('input[name=sex][value=male]');
  await clickAndWait(page, 'Continue');
  await page.click('input[name=where][value="where.low_back"]');
  await measure(() => click(page, 'Continue'), 'Interview: first question screen');
}

/** Answers screens until only the one leading to the result is left; returns how many were answered. */
async function answerAllButLast(page, screensToResult) {
  for (let i = 0; i < screensToResult - 1; i++) {
    await answerScreen(page, backStrain);
    await clickAndWait(page, 'Continue');
  }
  await answerScreen(page, backStrain);
}

/** Counts the question screens to the result, unmeasured, so that only the last Continue is audited. */
async function countScreens(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/assess`);
  await toFirstQuestions(page, async action => {
    await Promise.all([page.waitForNavigation({waitUntil: 'load'}), action()]);
  });
  let screens = 0;
  while (!(await isResult(page))) {
    if (++screens > 60) throw new Error('No result after 60 screens');
    await answerScreen(page, backStrain);
    await clickAndWait(page, 'Continue');
  }
  await page.close();
  return screens;
}

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
    const screens = await countScreens(browser, base);
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      name: `HipSpine (${factor})`,
      config: factor === 'desktop' ? desktopConfig : undefined,
      flags: {onlyCategories: categories},
    });
    const measure = (action, name) => flow.navigate(action, {name});

    await flow.navigate(`${base}/`, {name: 'Start page'});
    await measure(() => click(page, 'Start the assessment'), 'Interview: about you');
    await toFirstQuestions(page, measure);
    await answerAllButLast(page, screens);
    await measure(() => click(page, 'Continue'), 'Result page');
    if (!(await isResult(page))) throw new Error('The audited result step did not show a result');

    // The diary belongs to a saved assessment's plan: sign up, go through the interview again, save, start the
    // plan, add one entry.
    await page.goto(`${base}/account/signup`);
    await page.type('input[name=Email]', `lighthouse-${factor}-${Date.now()}@example.com`);
    await page.type('input[name=Password]', password);
    await page.type('input[name=ConfirmPassword]', password);
    await clickAndWait(page, 'Create account');
    await page.goto(`${base}/assess`);
    await toFirstQuestions(page, action => Promise.all([page.waitForNavigation({waitUntil: 'load'}), action()]));
    await answerAllButLast(page, screens);
    await clickAndWait(page, 'Continue');
    await clickAndWait(page, 'Save to my account');
    const assessment = new URL(page.url()).pathname.match(/^\/assessments\/[0-9a-f-]{36}/)?.[0];
    if (!assessment) throw new Error(`Saving led to ${page.url()}, not a saved assessment`);
    await page.goto(`${base}${assessment}/plan`);
    await clickAndWait(page, 'Start my plan'); // the diary belongs to a started plan
    await page.goto(`${base}${assessment}/diary/entry`);
    await page.type('input[name="Form.Pain"]', '4');
    await clickAndWait(page, 'Save the entry');
    await flow.navigate(`${base}${assessment}/diary`, {name: 'Diary page'});

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
      offSite: step.lhr.audits['network-requests']?.details?.items
        ?.map(i => i.url).filter(u => !u.startsWith(base) && !u.startsWith('data:')) ?? [],
    }));
  } finally {
    await browser.close();
  }
}

await fs.mkdir(outDir, {recursive: true});
const all = [];
for (const factor of factors) for (let run = 1; run <= runs; run++) all.push(...await runFlow(factor, run));
const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const rows = [];
for (const r of all) {
  let row = rows.find(x => x.factor === r.factor && x.page === r.page);
  if (!row) rows.push(row = {factor: r.factor, page: r.page, all: [], failing: new Set(), offSite: new Set()});
  row.all.push(r.scores);
  r.failing.forEach(a => row.failing.add(a));
  r.offSite.forEach(u => row.offSite.add(u));
}
for (const row of rows) {
  row.scores = Object.fromEntries(categories.map(c => [c, median(row.all.map(s => s[c]))]));
  row.performanceRuns = row.all.map(s => s.performance).join(', ');
}
console.log(`median of ${runs} run(s) per form factor`);
console.log(`| page | form factor | ${categories.join(' | ')} | performance, each run |`);
console.log(`|---|---|${categories.map(() => '---').join('|')}|---|`);
for (const r of rows) console.log(`| ${r.page} | ${r.factor} | ${categories.map(c => r.scores[c]).join(' | ')} | ${r.performanceRuns} |`);
for (const r of rows.filter(r => r.failing.size)) console.log(`failing audits, ${r.page} (${r.factor}): ${[...r.failing].join(', ')}`);
for (const r of rows.filter(r => r.offSite.size)) console.log(`off-site requests, ${r.page} (${r.factor}): ${[...r.offSite].join(', ')}`);
const low = rows.filter(r => r.scores.performance < 95 || r.scores.accessibility < 100);
if (low.length) {
  console.log(`below target (performance >= 95, accessibility 100): ${low.map(r => `${r.page} (${r.factor})`).join('; ')}`);
  process.exitCode = 1;
}
