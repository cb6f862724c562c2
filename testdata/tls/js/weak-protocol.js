'use strict';

// legacy-gateway.js: still serves old POS terminals.
const fs = require('fs');
const tls = require('tls');

const LEGACY_MIN = 'TLSv1.1';

const base = {
  key: fs.readFileSync('/srv/gateway/tls/gateway.key'),
  cert: fs.readFileSync('/srv/gateway/tls/gateway.crt'),
};

const server = tls.createServer({ ...base, minVersion: 'TLSv1' }, (socket) => {
  socket.pipe(socket);
});
server.listen(7000);

function connectUpstream(port, host) {
  return tls.connect({
    port,
    host,
    secureProtocol: 'TLSv1_method',
  });
}

const legacyContext = tls.createSecureContext({ minVersion: LEGACY_MIN });

module.exports = { connectUpstream, legacyContext };
