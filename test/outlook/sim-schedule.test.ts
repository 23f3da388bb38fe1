/** The simulator answers Office calls asynchronously, on a timer by default or through a given scheduler. */
import { OfficeSim } from '../../src/preview/office-sim';

type Item = { subject: { getAsync: (cb: (r: { status: string; value: string }) => void) => void } };
const itemOf = (sim: OfficeSim): Item => ((sim.office.context as { mailbox: { item: Item } }).mailbox.item);

test('a call never answers before it returns, and goes through the scheduler when one is given', async () => {
  const queued: (() => void)[] = [];
  const sim = new OfficeSim({ subject: 'Overleg', schedule: (run) => queued.push(run) });
  const answers: string[] = [];
  itemOf(sim).subject.getAsync((r) => answers.push(r.value));
  expect(answers).toEqual([]);
  expect(queued).toHaveLength(1);
  queued[0]();
  expect(answers).toEqual(['Overleg']);
});

test('without a scheduler the answer comes on a later turn of the event loop', async () => {
  const sim = new OfficeSim({ subject: 'Overleg' });
  const answer = new Promise<string>((resolve) => itemOf(sim).subject.getAsync((r) => resolve(r.value)));
  let answered = false;
  void answer.then(() => (answered = true));
  await Promise.resolve();
  expect(answered).toBe(false);
  await expect(answer).resolves.toBe('Overleg');
});
