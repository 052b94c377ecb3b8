import type { CreditStore, EngineRecord } from '@creditkit/core';
import { JSONFile } from 'lowdb/node';
import { Low } from 'lowdb';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

interface Data {
  records: EngineRecord[];
}

/**
 * The embedded store: the engine's record log in a lowdb JSON file inside the data folder.
 * lowdb writes through a temporary file and a rename, so a crash never leaves a torn file.
 */
export class LowdbStore implements CreditStore {
  readonly #db: Low<Data>;
  #loaded = false;

  private constructor(db: Low<Data>) {
    this.#db = db;
  }

  static async open(dataDir: string): Promise<LowdbStore> {
    await mkdir(dataDir, { recursive: true });
    const db = new Low<Data>(new JSONFile(join(dataDir, 'records.json')), { records: [] });
    await db.read();
    return new LowdbStore(db);
  }

  load(): Promise<readonly EngineRecord[]> {
    this.#loaded = true;
    return Promise.resolve(this.#db.data.records);
  }

  async append(records: readonly EngineRecord[]): Promise<void> {
    if (!this.#loaded) throw new Error('LowdbStore.append before load: open the engine on the store first.');
    this.#db.data.records.push(...records);
    await this.#db.write();
  }

  get isEmpty(): boolean {
    return this.#db.data.records.length === 0;
  }
}
