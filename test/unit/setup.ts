// IndexedDB for Node: the vault's tests run against an in-memory implementation.
import 'fake-indexeddb/auto';
