import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createIpcHandler } from '../../../electron/main/ipc-handler';
import { recordingLogger } from './helpers';

interface FakeEvent {
  trusted: boolean;
}

function handlerFor(handle: (input: { name: string }) => unknown, logger = recordingLogger()) {
  return createIpcHandler({
    channel: 'test:echo',
    schema: z.strictObject({ name: z.string().max(10) }),
    isTrustedSender: (event: FakeEvent) => event.trusted,
    handle,
    log: logger.log,
  });
}

describe('createIpcHandler', () => {
  it('runs the handler on valid input from a trusted sender', async () => {
    const handler = handlerFor((input) => `hello ${input.name}`);
    await expect(handler({ trusted: true }, { name: 'x' })).resolves.toEqual({ ok: true, value: 'hello x' });
  });

  it('refuses an unknown sender before looking at the input', async () => {
    const handle = vi.fn();
    const handler = handlerFor(handle);
    const result = await handler({ trusted: false }, { name: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender', message: expect.any(String) } });
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong type', [{ name: 42 }]],
    ['a value too long', [{ name: 'abcdefghijklmnop' }]],
    ['an unexpected key', [{ name: 'x', extra: true }]],
    ['no argument', []],
    ['two arguments', [{ name: 'x' }, { name: 'y' }]],
    ['a prototype-polluting object', [JSON.parse('{"name":"x","__proto__":{"admin":true}}')]],
  ])('answers invalid-input for %s without running the handler', async (_label, args) => {
    const handle = vi.fn();
    const handler = handlerFor(handle);
    const result = await handler({ trusted: true }, ...args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-input');
    expect(handle).not.toHaveBeenCalled();
  });

  it('describes invalid input by path and code, never by the value received', async () => {
    const handler = handlerFor(vi.fn());
    const result = await handler({ trusted: true }, { name: 'Ada Lovelace, diabetes' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'name: too_big' } });
    const unknownKey = await handler({ trusted: true }, { name: 'x', 'Ada Lovelace': 1 });
    expect(JSON.stringify(unknownKey)).not.toContain('Ada');
  });

  it('turns a thrown error into an internal error without its message, and logs only its code', async () => {
    const logger = recordingLogger();
    const handler = handlerFor(() => {
      throw Object.assign(new Error("EACCES: open '/home/ada/cancer-plan.pdf'"), { code: 'EACCES' });
    }, logger);
    const result = await handler({ trusted: true }, { name: 'x' });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'handler failed' } });
    expect(logger.lines.join('\n')).toContain('EACCES');
    expect(logger.lines.join('\n')).not.toContain('cancer');
  });

  it('also wraps a rejected promise', async () => {
    const handler = handlerFor(() => Promise.reject(new Error('boom')));
    const result = await handler({ trusted: true }, { name: 'x' });
    expect(result.ok).toBe(false);
  });

  it('never rejects, even when the trust check throws', async () => {
    const handler = createIpcHandler({
      channel: 'test:x',
      schema: z.undefined(),
      isTrustedSender: () => {
        throw new Error('frame destroyed');
      },
      handle: () => 1,
      log: recordingLogger().log,
    });
    await expect(handler({})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
