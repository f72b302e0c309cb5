import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  archiveClient,
  createClient,
  getClient,
  listClients,
  listTags,
  restoreClient,
  updateClient,
} from '../../../electron/core/clients/clients';
import type { ClientListQuery } from '../../../electron/shared/clients';
import { clientInput, count, type OpenPractice, openPractice } from './practice';

let p: OpenPractice;
beforeEach(() => {
  p = openPractice();
});
afterEach(() => {
  p.cleanup();
});

const names = (query: ClientListQuery) => listClients(p.db, query).rows.map((r) => r.fullName);

describe('client records', () => {
  it('creates a client with every field, trimmed, and tags without duplicates', () => {
    const client = createClient(
      p.db,
      p.clock,
      clientInput({
        fullName: '  Nguyễn Thị Lan ',
        preferredName: 'Lan',
        pronouns: 'she/her',
        email: 'lan@saigonbloom.vn',
        phone: '+84 28 3823 4455',
        preferredLanguage: 'vi',
        timeZone: 'Asia/Ho_Chi_Minh',
        organisation: 'Saigon Bloom',
        tags: ['leadership', 'founder', 'leadership'],
        status: 'prospect',
        source: 'referral',
        mayBeListed: true,
        listingConsentDate: '2025-02-01',
        privateNotes: 'Prefers mornings.',
      }),
    );
    expect(client).toMatchObject({
      fullName: 'Nguyễn Thị Lan',
      preferredName: 'Lan',
      tags: ['founder', 'leadership'],
      status: 'prospect',
      source: 'referral',
      mayBeListed: true,
      listingConsentDate: '2025-02-01',
      createdAt: '2025-03-14T09:26:53.000Z',
    });
    expect(getClient(p.db, client.id)).toEqual(client);
  });

  it('updates fields and tags, and moves updatedAt with the clock', () => {
    const client = createClient(
      p.db,
      p.clock,
      clientInput({ fullName: 'Zoë Fairweather', tags: ['a', 'b'] }),
    );
    p.clock.advance(60_000);
    const updated = updateClient(
      p.db,
      p.clock,
      client.id,
      clientInput({ fullName: 'Zoë Fairweather-Ng', tags: ['b', 'c'], status: 'paused', mayBeListed: false }),
    );
    expect(updated).toMatchObject({ fullName: 'Zoë Fairweather-Ng', tags: ['b', 'c'], status: 'paused' });
    expect(updated.updatedAt).toBe('2025-03-14T09:27:53.000Z');
    expect(updated.createdAt).toBe(client.createdAt);
    expect(count(p.db, 'client_tag')).toBe(2);
  });

  it('drops the consent date when listing consent is withdrawn', () => {
    const client = createClient(
      p.db,
      p.clock,
      clientInput({ fullName: 'Amara Okafor', mayBeListed: true, listingConsentDate: '2025-01-01' }),
    );
    const updated = updateClient(
      p.db,
      p.clock,
      client.id,
      clientInput({ fullName: 'Amara Okafor', mayBeListed: false, listingConsentDate: '2025-01-01' }),
    );
    expect(updated.listingConsentDate).toBeNull();
  });

  it('archives and restores to the status the client had', () => {
    const client = createClient(p.db, p.clock, clientInput({ fullName: 'Tomás Ó Briain', status: 'paused' }));
    expect(archiveClient(p.db, p.clock, client.id).status).toBe('archived');
    expect(names({})).toEqual([]);
    expect(names({ status: 'archived' })).toEqual(['Tomás Ó Briain']);
    expect(names({ status: 'all' })).toEqual(['Tomás Ó Briain']);
    // Archiving twice changes nothing.
    expect(archiveClient(p.db, p.clock, client.id).status).toBe('archived');
    expect(restoreClient(p.db, p.clock, client.id).status).toBe('paused');
    expect(names({})).toEqual(['Tomás Ó Briain']);
  });

  it('keeps an archived client archived while edited; restoring brings back the edited status', () => {
    const client = createClient(p.db, p.clock, clientInput({ fullName: 'Ingrid Haugen', status: 'active' }));
    archiveClient(p.db, p.clock, client.id);
    const edited = updateClient(
      p.db,
      p.clock,
      client.id,
      clientInput({ fullName: 'Ingrid Haugen', status: 'completed' }),
    );
    expect(edited.status).toBe('archived');
    expect(restoreClient(p.db, p.clock, client.id).status).toBe('completed');
  });

  it('reports a missing client as not_found', () => {
    expect(() => getClient(p.db, '5b0c7a0e-6a55-4a8e-9a57-3d2a8a3b9d11')).toThrowError(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});

describe('listing and searching clients', () => {
  beforeEach(() => {
    const add = (fields: Parameters<typeof clientInput>[0]) => {
      createClient(p.db, p.clock, clientInput(fields));
      p.clock.advance(1000);
    };
    add({ fullName: 'Nguyễn Thị Lan', email: 'lan@saigonbloom.vn', tags: ['leadership'], status: 'active' });
    add({
      fullName: 'Zoë Fairweather',
      organisation: 'Fairweather Studio',
      tags: ['career change'],
      status: 'prospect',
    });
    add({ fullName: '李雷', preferredName: 'Lei', tags: ['leadership', 'new manager'], status: 'paused' });
    add({ fullName: 'محمد العلي', organisation: 'Nakheel Partners', status: 'completed' });
    add({ fullName: 'Amara Okafor', email: 'amara@lagosfoundry.ng', status: 'active' });
  });

  it('finds names accent- and case-insensitively, in any script', () => {
    expect(names({ search: 'nguyen' })).toEqual(['Nguyễn Thị Lan']);
    expect(names({ search: 'NGUYỄN' })).toEqual(['Nguyễn Thị Lan']);
    expect(names({ search: 'thi lan' })).toEqual(['Nguyễn Thị Lan']);
    expect(names({ search: 'zoe' })).toEqual(['Zoë Fairweather']);
    expect(names({ search: 'Zoë' })).toEqual(['Zoë Fairweather']);
    expect(names({ search: '李' })).toEqual(['李雷']);
    expect(names({ search: 'محمد' })).toEqual(['محمد العلي']);
    expect(names({ search: 'lei' })).toEqual(['李雷']);
  });

  it('searches email, organisation and tags too; every word must match', () => {
    expect(names({ search: 'lagosfoundry' })).toEqual(['Amara Okafor']);
    expect(names({ search: 'nakheel' })).toEqual(['محمد العلي']);
    expect(names({ search: 'studio' })).toEqual(['Zoë Fairweather']);
    expect(names({ search: 'leadership', sort: 'name' }).sort()).toEqual(['Nguyễn Thị Lan', '李雷'].sort());
    expect(names({ search: 'leadership manager' })).toEqual(['李雷']);
    expect(names({ search: 'nobody' })).toEqual([]);
  });

  it('filters by tag and by status; current leaves out archived', () => {
    expect(names({ tag: 'leadership' }).sort()).toEqual(['Nguyễn Thị Lan', '李雷'].sort());
    expect(names({ tag: 'career change' })).toEqual(['Zoë Fairweather']);
    expect(names({ status: 'active' }).sort()).toEqual(['Amara Okafor', 'Nguyễn Thị Lan'].sort());
    expect(names({ status: 'paused' })).toEqual(['李雷']);
    const amara = listClients(p.db, { search: 'amara' }).rows[0]?.id ?? '';
    archiveClient(p.db, p.clock, amara);
    expect(listClients(p.db, {}).total).toBe(4);
    expect(listClients(p.db, { status: 'all' }).total).toBe(5);
    expect(names({ status: 'active' })).toEqual(['Nguyễn Thị Lan']);
  });

  it('sorts by name, most recently updated, and status', () => {
    expect(names({ sort: 'name' })).toEqual([
      'Amara Okafor',
      'Nguyễn Thị Lan',
      'Zoë Fairweather',
      'محمد العلي',
      '李雷',
    ]);
    expect(names({ sort: 'recent' })).toEqual([
      'Amara Okafor',
      'محمد العلي',
      '李雷',
      'Zoë Fairweather',
      'Nguyễn Thị Lan',
    ]);
    expect(names({ sort: 'status' })).toEqual([
      'Amara Okafor',
      'Nguyễn Thị Lan',
      'Zoë Fairweather',
      '李雷',
      'محمد العلي',
    ]);
  });

  it('returns rows with their tags, and counts tags', () => {
    const lei = listClients(p.db, { search: '李' }).rows[0];
    expect(lei).toMatchObject({
      fullName: '李雷',
      preferredName: 'Lei',
      status: 'paused',
      tags: ['leadership', 'new manager'],
    });
    expect(listTags(p.db)).toEqual([
      { tag: 'career change', count: 1 },
      { tag: 'leadership', count: 2 },
      { tag: 'new manager', count: 1 },
    ]);
  });
});

describe('paging', () => {
  it('pages by offset and limit with a stable total, covering every client exactly once', () => {
    p.db.transaction(() => {
      for (let i = 0; i < 450; i++) {
        createClient(p.db, p.clock, clientInput({ fullName: `Client ${String(i).padStart(3, '0')}` }));
      }
    })();
    const pages = [0, 200, 400].map((offset) => listClients(p.db, { offset, limit: 200 }));
    expect(pages.map((page) => page.total)).toEqual([450, 450, 450]);
    expect(pages.map((page) => page.offset)).toEqual([0, 200, 400]);
    expect(pages.map((page) => page.rows.length)).toEqual([200, 200, 50]);
    const all = pages.flatMap((page) => page.rows.map((r) => r.fullName));
    expect(new Set(all).size).toBe(450);
    expect(all[0]).toBe('Client 000');
    expect(all[449]).toBe('Client 449');
    expect(listClients(p.db, { offset: 1000, limit: 200 })).toEqual({ total: 450, offset: 1000, rows: [] });
    // 004, 040–049, 104, 204, 304, 404: the total counts every match, the page holds `limit` rows.
    const searched = listClients(p.db, { search: 'client 04', limit: 5 });
    expect(searched.total).toBe(15);
    expect(searched.rows.map((r) => r.fullName)).toEqual([
      'Client 004',
      'Client 040',
      'Client 041',
      'Client 042',
      'Client 043',
    ]);
  });
});
