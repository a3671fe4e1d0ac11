/** Stops cleanly on Ctrl-C or SIGTERM (a deploy): in-flight work finishes, nothing is cut off. */
export function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping...`);
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error('stopping failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
