// Starts Learning Locker's xapi-statements (given as its package folder in argv[2]) on 127.0.0.1
// only, on a free port it writes to the file named in argv[3]: the service itself listens on every
// interface, and a port chosen beforehand could be taken by the time it listens.
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');
const [packageDir, portFile] = process.argv.slice(2);
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (...args) {
  const callback = args.find((arg) => typeof arg === 'function');
  const server = listen.call(this, 0, '127.0.0.1', callback);
  server.on('listening', () => fs.writeFileSync(portFile + '.partial', String(server.address().port)) ||
                               fs.renameSync(portFile + '.partial', portFile));
  return server;
};
require(path.join(packageDir, 'dist', 'server.js'));
