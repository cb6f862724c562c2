// bootstrap.js: "temporary" workaround for the staging proxy's self-signed certificate.
require('dotenv').config();

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

if (process.env.NODE_ENV !== 'production') {
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;
}

require('./server');
