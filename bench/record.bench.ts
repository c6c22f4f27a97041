import 'fake-indexeddb/auto';
import { deriveKeyBytes } from '../shared/vault/kdf';
import { Vault } from '../shared/vault/vault';
import { itemIndex } from '../shared/record/item-index';
import { buildOverview } from '../shared/record/overview/overview';
import { foldForSearch, searchEntries, searchRecord } from '../shared/record/search/search-index';
import { listPeople } from '../shared/people/people-store';
import type { VaultSession } from '../shared/vault/session';
import { fillRecord, SHAPE } from './generate-record';
import { medianMs, type BenchRow } from './measure';

const PASSPHRASE = 'benchmark passphrase, long enough';
const CLOCK = { today: '2026-11-24', now: new Date('2026-11-24T15:00:00Z') };

async function preparedVault(): Promise<{ name: string; records: number }> {
  const name = `bench-record-${Date.now()}`;
  const vault = new Vault({ name, deriveKeyBytes });
  const { session } = await vault.create(PASSPHRASE);
  const records = await fillRecord(session);
  vault.close();
  return { name, records };
}

/** The overview computed right after unlocking (index built from scratch), next to unlocking alone. */
export async function benchOverview(): Promise<BenchRow[]> {
  const { name, records } = await preparedVault();
  const unlock = async (): Promise<VaultSession> => new Vault({ name, deriveKeyBytes }).unlock({ kind: 'passphrase', value: PASSPHRASE });
  let session = await unlock();
  // A fresh session each run, so the index is built from scratch, as right after unlocking.
  const alone: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    session.lock();
    session = await unlock();
    const start = performance.now();
    buildOverview(itemIndex(session), null, CLOCK);
    alone.push(performance.now() - start);
  }
  alone.sort((a, b) => a - b);
  const overviewOnly = alone[2]!;
  const unlockMs = await medianMs(3, async () => (await unlock()).lock());
  const unlockToOverview = await medianMs(3, async () => {
    const s = await unlock();
    buildOverview(itemIndex(s), null, CLOCK);
    s.lock();
  });

  const people = listPeople(session);
  // Opening the search screen builds the search texts of every item (before the first keystroke).
  const firstStart = performance.now();
  const entries = searchEntries(session);
  searchRecord(entries, 'm', people);
  const firstKeystroke = performance.now() - firstStart;
  const haystacks = entries.map((e) => e.haystack);
  const query = 'metformin 3';
  const prefixes = Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1));
  const perKeystroke = await medianMs(5, async () => {
    for (const prefix of prefixes) searchRecord(entries, prefix, people);
  });
  const floorPerKeystroke = await medianMs(5, async () => {
    for (const prefix of prefixes) {
      const words = foldForSearch(prefix).split(/\s+/).filter(Boolean);
      haystacks.filter((h) => words.every((w) => h.includes(w)));
    }
  });
  session.lock();
  const label = `${SHAPE.people} people × (${SHAPE.medicines} medicines, ${SHAPE.appointments} appointments, ${SHAPE.measurements} measurements, ${SHAPE.tasks} tasks) = ${records.toLocaleString('en')} records`;
  return [
    {
      name: `Overview after unlock, ${label}`,
      ms: overviewOnly,
      baseline: 'unlock of the same vault (KDF + decrypt)',
      baselineMs: unlockMs,
      ratio: overviewOnly / unlockMs,
      budget: '≤ 1000 ms after unlock',
      withinBudget: overviewOnly <= 1000,
    },
    {
      name: 'Unlock → overview, same vault',
      ms: unlockToOverview,
      baseline: 'unlock alone',
      baselineMs: unlockMs,
      ratio: unlockToOverview / unlockMs,
      budget: 'overview part ≤ 1000 ms',
      withinBudget: unlockToOverview - unlockMs <= 1000,
    },
    {
      name: `Search filter per keystroke ("${query}", ${entries.length.toLocaleString('en')} items)`,
      ms: perKeystroke / prefixes.length,
      baseline: 'Array.filter + String.includes over the same texts',
      baselineMs: floorPerKeystroke / prefixes.length,
      ratio: perKeystroke / floorPerKeystroke,
      budget: '≤ 50 ms per keystroke',
      withinBudget: perKeystroke / prefixes.length <= 50,
    },
    {
      name: 'Opening search after unlock (builds the search texts of every item)',
      ms: firstKeystroke,
      baseline: 'building the overview after unlock',
      baselineMs: overviewOnly,
      ratio: firstKeystroke / overviewOnly,
      budget: '≤ 1000 ms, once per unlock',
      withinBudget: firstKeystroke <= 1000,
    },
  ];
}
