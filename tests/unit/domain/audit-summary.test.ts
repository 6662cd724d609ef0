// The young person's audit log grouped for reading (issue #8 item 7): repeated entries by
// the same person, with the same action, about the same kind, on the same day become one
// line with a count and the latest time; lines come newest first.
import { describe, expect, it } from 'vitest';
import { localDayOf, summariseAuditEvents, type PlainAuditEvent } from '../../../src/domain';

const alex = { name: 'Alex Smith', role: 'practitioner', isYou: false };
const you = { name: 'Sam', role: 'young-person', isYou: true };
const utcDay = (when: string) => when.slice(0, 10);

function event(
  who: PlainAuditEvent['who'],
  what: string,
  about: string | null,
  when: string,
): PlainAuditEvent {
  return { who, what, about, when };
}

describe('summariseAuditEvents', () => {
  it('groups one person’s same action on the same kind on one day, with a count', () => {
    const lines = summariseAuditEvents(
      [
        event(alex, 'update', 'goal', '2026-12-02T09:00:00.000Z'),
        event(alex, 'update', 'goal', '2026-12-02T10:04:00.000Z'),
        event(alex, 'update', 'goal', '2026-12-02T08:30:00.000Z'),
      ],
      utcDay,
    );
    expect(lines).toEqual([
      {
        who: alex,
        what: 'update',
        about: 'goal',
        day: '2026-12-02',
        latest: '2026-12-02T10:04:00.000Z',
        count: 3,
      },
    ]);
  });

  it('keeps apart other days, people, actions and kinds, newest first', () => {
    const lines = summariseAuditEvents(
      [
        event(alex, 'update', 'goal', '2026-12-01T09:00:00.000Z'),
        event(alex, 'update', 'goal', '2026-12-02T09:00:00.000Z'),
        event(you, 'update', 'goal', '2026-12-02T09:10:00.000Z'),
        event(alex, 'create', 'goal', '2026-12-02T09:20:00.000Z'),
        event(alex, 'update', 'safety-plan', '2026-12-02T09:30:00.000Z'),
        event({ ...alex, name: 'Jo Brown' }, 'update', 'goal', '2026-12-02T09:40:00.000Z'),
        event(alex, 'read', null, '2026-12-02T09:50:00.000Z'),
      ],
      utcDay,
    );
    expect(lines.map((l) => [l.who.name, l.what, l.about, l.day, l.count])).toEqual([
      ['Alex Smith', 'read', null, '2026-12-02', 1],
      ['Jo Brown', 'update', 'goal', '2026-12-02', 1],
      ['Alex Smith', 'update', 'safety-plan', '2026-12-02', 1],
      ['Alex Smith', 'create', 'goal', '2026-12-02', 1],
      ['Sam', 'update', 'goal', '2026-12-02', 1],
      ['Alex Smith', 'update', 'goal', '2026-12-02', 1],
      ['Alex Smith', 'update', 'goal', '2026-12-01', 1],
    ]);
  });

  it('groups entries that are not next to each other, and places the line by its latest', () => {
    const lines = summariseAuditEvents(
      [
        event(alex, 'read', null, '2026-12-02T08:00:00.000Z'),
        event(you, 'read', 'audit-event', '2026-12-02T09:00:00.000Z'),
        event(alex, 'read', null, '2026-12-02T10:00:00.000Z'),
      ],
      utcDay,
    );
    expect(lines.map((l) => [l.who.isYou, l.count, l.latest])).toEqual([
      [false, 2, '2026-12-02T10:00:00.000Z'],
      [true, 1, '2026-12-02T09:00:00.000Z'],
    ]);
  });

  it('treats two people with no name but different roles as different people', () => {
    const lines = summariseAuditEvents(
      [
        event(
          { name: null, role: 'practitioner', isYou: false },
          'read',
          null,
          '2026-12-02T08:00Z',
        ),
        event({ name: null, role: 'carer', isYou: false }, 'read', null, '2026-12-02T09:00Z'),
      ],
      utcDay,
    );
    expect(lines.map((l) => l.who.role)).toEqual(['carer', 'practitioner']);
  });

  it('says nothing for an empty log', () => {
    expect(summariseAuditEvents([])).toEqual([]);
  });

  it('uses the device’s calendar day unless told otherwise', () => {
    const when = '2026-12-02T10:04:00.000Z';
    const local = new Date(when);
    const expected = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(localDayOf(when)).toBe(expected);
    expect(summariseAuditEvents([event(alex, 'read', null, when)])[0]?.day).toBe(expected);
    expect(localDayOf('not a date')).toBe('not a date');
  });
});
