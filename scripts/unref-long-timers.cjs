// Preloaded into the Prisma CLI by scripts/migrate.sh. On PostgreSQL, Prisma 6.19's WebAssembly schema
// engine races its advisory lock against a 10 s timer it never clears, so every `migrate deploy` sat
// idle for 10 s after finishing. Unref'd, such timers still fire while the CLI works (its database
// connection keeps it running) but no longer keep a finished CLI alive.
const setTimeoutOriginal = global.setTimeout;
global.setTimeout = function setTimeoutUnrefLong(callback, ms, ...args) {
  const timer = setTimeoutOriginal.call(this, callback, ms, ...args);
  if (ms >= 5000 && typeof timer?.unref === 'function') timer.unref();
  return timer;
};
