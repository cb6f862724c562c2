'use strict';

const https = require('https');
const helmet = require('helmet';
const app = require('./app');

app.use(helmet());

https.createServer({ rejectUnauthorized: false, requestCert: true }, app).listen(443);
