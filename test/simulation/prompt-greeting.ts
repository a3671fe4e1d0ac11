/**
 * The SMTP sink's server (smtp-server) waits 100 ms before its greeting, to catch clients that talk too
 * soon; it has no option to turn that off. Every delivery attempt of a simulated year pays it, and a
 * year's mail is most of its wall time (200 lives: about 110 s instead of about 45 s). The simulation
 * greets at once instead; everything after the greeting is smtp-server's own code. Should a newer
 * smtp-server change its connection class, the patch steps aside and the simulation is merely slower.
 */
interface Connection {
  _setListeners(ready: () => void): void;
  connectionReady(): void;
}

export function greetPromptly(): void {
  const { SMTPConnection } = require('smtp-server/lib/smtp-connection') as {
    SMTPConnection?: { prototype: Connection & { init(): void } };
  };
  const proto = SMTPConnection?.prototype;
  if (typeof proto?._setListeners !== 'function' || typeof proto.connectionReady !== 'function') return;
  proto.init = function (this: Connection) {
    this._setListeners(() => this.connectionReady());
  };
}
