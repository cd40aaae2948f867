// Preloaded with `node -r ./bind-localhost.js`: makes every server that listens on a bare
// port (as xapi-statements does) bind 127.0.0.1 only, so the test LRS is never reachable
// from the network.
'use strict';
const net = require('net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (args.length === 1 || typeof args[1] === 'function') {
      args.splice(1, 0, '127.0.0.1');
    } else if (typeof args[1] === 'number') {
      // listen(port, backlog, cb): no host given
      args.splice(1, 0, '127.0.0.1');
    } else if (typeof args[1] === 'string' && args[1] !== '127.0.0.1') {
      args[1] = '127.0.0.1';
    }
  } else if (args[0] && typeof args[0] === 'object' && 'port' in args[0]) {
    args[0] = Object.assign({}, args[0], { host: '127.0.0.1' });
  }
  return listen.apply(this, args);
};
