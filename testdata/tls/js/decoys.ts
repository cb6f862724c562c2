// settings-docs.ts: nothing here configures TLS.
//
// Do NOT copy this: https.createServer({ rejectUnauthorized: false, minVersion: 'TLSv1' })
/*
 * Old setup, kept for the record:
 *   process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
 *   new https.Agent({ rejectUnauthorized: false, ciphers: 'RC4-SHA' })
 */
import * as http from 'http';
import { Logger } from '@nestjs/common';

const logger = new Logger('docs');

export const helpText = "rejectUnauthorized: false disables certificate checks";
export const example = `tls.connect({ secureProtocol: 'TLSv1_method' })`;

export const retryPolicy = { retries: 3, rejectUnauthorized: false, minVersion: '1.0.0' };

export const docsPage = {
  title: 'TLS settings',
  ciphers: 'see the ciphers page',
  checkServerIdentity: 'explained below',
};

logger.warn({ rejectUnauthorized: false }, 'a caller asked for an insecure connection');
console.log({ rejectUnauthorized: false });

if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
  logger.error('certificate verification is off');
}

export const plain = http.createServer((req, res) => res.end('ok'));
