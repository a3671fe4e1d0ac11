/** What the comparisons against bare Temporal (vs-bare.ts) share: both sides, running on one dev server. */
import type { Bare } from './bare';
import type { MailSink } from './mail-sink';
import type { Service } from './service';

export interface Bench {
  service: Service;
  bare: Bare;
  sink: MailSink;
  /** Our open complaints, as intake filed them. */
  references: string[];
  /** Bare waiting workflows, as their starts made them. */
  bareIds: string[];
}
