// The smallest Lambda extension: it registers for SHUTDOWN and waits for it, and does nothing else.
// Lambda sends SIGTERM to a function's runtime only when an extension is registered, so with this layer a
// Keyward function gets the signal, and its last pending usage counts are flushed before the instance goes.
// It never registers for INVOKE, so no invocation ever waits for it.

const NAME = 'keyward-shutdown';
const api = `http://${process.env.AWS_LAMBDA_RUNTIME_API}/2020-01-01/extension`;

const registered = await fetch(`${api}/register`, {
  method: 'POST',
  headers: { 'Lambda-Extension-Name': NAME, 'Content-Type': 'application/json' },
  body: JSON.stringify({ events: ['SHUTDOWN'] }),
});
if (!registered.ok) {
  console.error(`${NAME}: registration failed with ${registered.status}`);
  process.exit(1);
}
const id = registered.headers.get('lambda-extension-identifier');

for (;;) {
  const next = await fetch(`${api}/event/next`, { headers: { 'Lambda-Extension-Identifier': id } });
  const event = await next.json();
  if (event.eventType === 'SHUTDOWN') process.exit(0);
}
