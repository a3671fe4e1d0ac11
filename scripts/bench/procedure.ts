/** A whole 14-day written procedure under time skipping: file, 14 days, reply, close, the workflow's end. */
import * as actions from '../../domain/actions';
import { writtenComplaint } from '../../test/support/harness';
import { sequential, timingRow, type Row } from './figures';
import { withHarness } from './time-skipping';

export function procedure(runs = 20): Promise<Row[]> {
  return withHarness(async (h) => {
    const times = await sequential(runs, async () => {
      const ref = await h.file(writtenComplaint());
      await h.env.sleep('14 days');
      await h
        .workflow(ref)
        .executeUpdate(actions.updateOf('reply-sent'), { args: [{ by: 'bench', channel: 'elsewhere' }] });
      await h.workflow(ref).executeUpdate(actions.updateOf('close'), {
        args: [{ by: 'bench', resolution: 'r', category: 'c', cause: 'c' }],
      });
      await h.workflow(ref).result();
    });
    return [timingRow('procedure', 'whole written procedure, 14 days (time-skipping)', times)];
  });
}
