// The sign-up confirmation mail, read the way a person reads their mailbox: from the local SMTP sink
// (tools/HipSpine.MailSink, started by scripts/lighthouse), which writes one .eml file per message into MAIL_DIR.
import fs from 'node:fs/promises';
import path from 'node:path';

/** The text of a MIME message's body: quoted-printable and base64 decoded, soft line breaks joined. */
function bodyText(eml) {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    return Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1')
      .toString('utf8');
  }
  return body;
}

/** The value of a header, unfolded (a long To: may continue on the next line). */
function header(eml, name) {
  const head = eml.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? '';
}

/**
 * The confirmation link mailed to `to`, waiting up to 15 s for the mail. Every run signs up a new address, so the
 * first message to it is the one.
 */
export async function confirmationLink(mailDir, to) {
  for (let waited = 0; waited < 150; waited++) {
    for (const name of (await fs.readdir(mailDir)).filter(n => n.endsWith('.eml'))) {
      const eml = await fs.readFile(path.join(mailDir, name), 'latin1');
      if (!header(eml, 'To').toLowerCase().includes(to.toLowerCase())) continue;
      const link = bodyText(eml).match(/https?:\/\/\S+/g)?.find(u => new URL(u).pathname === '/account/confirm-email');
      if (link) return link;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`No confirmation mail to ${to} reached the SMTP sink in ${mailDir} within 15 s`);
}
