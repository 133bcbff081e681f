// How audit.mjs drives HipSpine's pages with puppeteer-core: the way a person finds things (a button's or link's
// words, a field's name), so a changed page fails here with what is missing rather than auditing the wrong page.
import {confirmationLink} from './mail.mjs';

// A 35-year-old who hurt his low back lifting two days ago (the browser tests' BackStrain): short and non-urgent.
export const backStrain = {
  'episode.duration_days': '2',
  'episode.onset': 'Suddenly, within minutes or hours',
  'pain.severity_now': '4',
  'pain.severity_worst': '5', // a core question: unanswered, the result could never be self care
  'hx.lifting_onset': 'Yes',
  'pain.worse_bending_lifting': 'Yes',
};

/** Clicks the button or link whose text is exactly `text` (the first in page order). */
export async function click(page, text, scope = 'main') {
  await page.evaluate((text, scope) => {
    const target = [...document.querySelectorAll(`${scope} button, ${scope} a`)].find(e => e.textContent.trim() === text);
    if (!target) throw new Error(`No button or link "${text}" on ${location.pathname}`);
    target.click();
  }, text, scope);
}

/** Clicks and waits for the page the click leads to (for the unmeasured steps). */
export async function clickAndWait(page, text) {
  await Promise.all([page.waitForNavigation({waitUntil: 'load'}), click(page, text)]);
}

/** The page's h1, to check that a step led where it should. */
export const heading = page => page.$eval('main h1', h => h.textContent.trim()).catch(() => '(no h1)');

export async function expectHeading(page, wanted) {
  const actual = await heading(page);
  if (actual !== wanted) throw new Error(`Expected the page "${wanted}" but ${page.url()} shows "${actual}"`);
}

export const isCheckPage = async page => (await heading(page)) === 'Check your answers';
export const isResult = page => page.$('#urgency-title').then(Boolean);

/** Answers every question of a screen: the given answers, else "No" where offered, else "Not sure". */
export async function answerScreen(page, answers) {
  await page.evaluate(answers => {
    for (const question of document.querySelectorAll('main fieldset.question')) {
      const field = question.querySelector("input[name^='a.']");
      if (!field) continue; // the body map's optional side question has no answer field of this kind
      const code = field.name.slice(2);
      const wanted = answers[code];
      const number = question.querySelector('input[type=number]');
      if (number) {
        if (wanted === undefined) question.querySelector('input[type=checkbox]').checked = true;
        else number.value = wanted; // a duration's unit is days unless chosen
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

/** About you (age 35, male), unmeasured, to the body map. */
export async function answerAboutYou(page) {
  await page.type('input[name=age]', '35');
  await page.click('input[name=sex][value=male]');
  await clickAndWait(page, 'Continue');
  await expectHeading(page, 'Where does it hurt?');
}

/** Ticks the low back on the body map; the caller presses Continue (measured or not). */
export const tickLowBack = page => page.click('input[name=where][value="where.low_back"]');

/**
 * Counts the question steps between the body map and "Check your answers", unmeasured, so that the flow can audit
 * the Continue that leads to it. A fresh /assess forgets this pass's answers.
 */
export async function countQuestionSteps(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}/assess`);
  await answerAboutYou(page);
  await tickLowBack(page);
  await clickAndWait(page, 'Continue');
  let steps = 0;
  while (!(await isCheckPage(page))) {
    if (await isResult(page)) throw new Error('The back strain led to a result without "Check your answers"');
    if (++steps > 60) throw new Error('No "Check your answers" after 60 steps');
    await answerScreen(page, backStrain);
    await clickAndWait(page, 'Continue');
  }
  await page.close();
  return steps;
}

/**
 * From the result page (signed out): "Save to my account", the sign-up form, the confirmation link from the mail,
 * sign-in (the new account kept the carried result). Returns the saved assessment's path, /assessments/{id}.
 */
export async function signUpAndSave(page, mailDir, email, password) {
  await clickAndWait(page, 'Save to my account');
  await expectHeading(page, 'Create an account');
  await page.type('input[name=Email]', email);
  await page.type('input[name=Password]', password);
  await page.type('input[name=ConfirmPassword]', password);
  await clickAndWait(page, 'Create account');
  await expectHeading(page, 'Check your email');

  await page.goto(await confirmationLink(mailDir, email));
  await clickAndWait(page, 'Confirm my email');
  if (!(await page.$('#email-confirmed'))) throw new Error(`The mailed link did not confirm ${email}`);
  await clickAndWait(page, 'Sign in');
  await page.type('input[name=Email]', email);
  await page.type('input[name=Password]', password);
  await clickAndWait(page, 'Sign in');
  await expectHeading(page, 'My account');
  // The account lists the result the sign-up carried, with the way to its plan.
  const plan = await page.$$eval('main a', links => links.find(a => a.textContent.trim() === 'See the plan')?.getAttribute('href'));
  const assessment = plan?.match(/^(\/assessments\/[0-9a-f-]{36})\/plan$/)?.[1];
  if (!assessment) throw new Error(`The account at ${page.url()} lists no saved result with "See the plan"`);
  return assessment;
}

/** Starts the plan today ("Start my plan" on My plan). */
export async function startPlan(page, base, assessment) {
  await page.goto(`${base}${assessment}/plan`);
  await expectHeading(page, 'My plan');
  await clickAndWait(page, 'Start my plan');
  if (!(await page.$('#today-title'))) throw new Error('The started plan shows no "Today" section');
}

/** Today's section of My plan: the first exercise done, pain 4, saved to the diary (one entry for the diary page). */
export async function logToday(page) {
  await page.click('.today-exercise input[type=checkbox]');
  await page.type('#f-today-pain', '4');
  await clickAndWait(page, 'Save to my diary');
  await expectHeading(page, 'Diary');
}
