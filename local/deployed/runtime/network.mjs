// The emulated network of a function's process: hostnames the emulation serves on this machine (a webhook
// receiver, say) resolve to the public address the emulation gave them, so a function's own checks (a
// public-only lookup) see what they would see on AWS, and the connection then goes to the local port that
// stands for that host. Other names resolve as usual. KEYWARD_EMULATED_HOSTS: {"host": {"address", "port"}}.
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const LOCAL = '127.0.0.1';

export const emulateNetwork = (hosts) => {
  if (Object.keys(hosts).length === 0) return;
  const systemLookup = dns.lookup;
  dns.lookup = (hostname, options, callback) => {
    const done = typeof options === 'function' ? options : callback;
    const all = typeof options === 'object' && options?.all === true;
    const host = hosts[hostname];
    if (host === undefined) return systemLookup(hostname, options, callback);
    process.nextTick(() =>
      all ? done(null, [{ address: host.address, family: 4 }]) : done(null, host.address, 4),
    );
  };

  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    // net and tls call connect with their normalized arguments ([options, callback]) or with options.
    const options = Array.isArray(args[0]) ? args[0][0] : args[0];
    const host = typeof options === 'object' && options !== null ? hosts[options.host] : undefined;
    if (host !== undefined) {
      const resolve = options.lookup ?? dns.lookup;
      options.port = host.port;
      // The caller's lookup runs (and may refuse the address); only the address connected to changes.
      options.lookup = (hostname, lookupOptions, callback) =>
        resolve(hostname, lookupOptions, (error, address, family) => {
          if (error) return callback(error, address, family);
          if (Array.isArray(address)) return callback(null, [{ address: LOCAL, family: 4 }]);
          callback(null, LOCAL, 4);
        });
    }
    return connect.apply(this, args);
  };
  syncBuiltinESMExports();
};
