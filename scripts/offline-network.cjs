/**
 * Preloaded into tools that phone home (Electronegativity fetches translations and Electron's
 * release list from the internet on every run): every connection to another computer fails at
 * once, before any name lookup, so nothing leaves this machine and the tool carries on with what it
 * ships. Loopback stays reachable.
 */
const net = require('node:net');

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/i;

function target(args) {
  const [first, second] = args;
  if (Array.isArray(first)) return target(first);
  if (first !== null && typeof first === 'object') return first.path ? 'localhost' : String(first.host ?? 'localhost');
  return typeof second === 'string' ? second : 'localhost';
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function offlineConnect(...args) {
  const host = target(args);
  if (LOOPBACK.test(host)) return connect.apply(this, args);
  const error = new Error(`connect ENETUNREACH ${host} (network disabled for this tool)`);
  error.code = 'ENETUNREACH';
  process.nextTick(() => this.destroy(error));
  return this;
};
