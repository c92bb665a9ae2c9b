// @vitest-environment jsdom
// sessionStorage: drafts live there.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { clearDraft, draftKey, hasDraft, loadDraft, saveDraft } from './drafts';
import { saveProblems } from './field-problems';

afterEach(() => sessionStorage.clear());

describe('drafts', () => {
  const empty = { name: '', comments: '' };

  it('keys drafts by user and edited object', () => {
    expect(draftKey('staff', 'comments', 12)).not.toBe(draftKey('scientist', 'comments', 12));
  });

  it('restores what was typed, only for known text fields, and forgets it when cleared', () => {
    const key = draftKey('staff', 'shipment', 1);
    saveDraft(key, { name: 'Typed', comments: 'More', extra: 'x' });
    expect(loadDraft(key, empty)).toEqual({ name: 'Typed', comments: 'More' });
    sessionStorage.setItem(key, JSON.stringify({ name: 42, comments: 'kept' }));
    expect(loadDraft(key, empty)).toEqual({ name: '', comments: 'kept' });
    sessionStorage.setItem(key, '{not json');
    expect(loadDraft(key, empty)).toEqual(empty);
    clearDraft(key);
    expect(hasDraft(key)).toBe(false);
  });
});

describe('save problems', () => {
  const wire = { shippingName: 'name', comments: 'comments' } as const;

  it('places a 422 next to its fields and keeps the rest as one message', () => {
    const error = new ApiError('validation', 'rejected', {
      status: 422,
      problems: [
        { location: ['body', 'shippingName'], message: 'field required' },
        { location: ['body', 'proposalId'], message: 'value is not a valid integer' },
      ],
    });
    expect(saveProblems(error, wire)).toEqual({
      fields: { name: 'field required' },
      general: 'The server rejected the request: value is not a valid integer',
    });
  });

  it('explains a 403 as read-only access and passes other failures through', () => {
    expect(saveProblems(new ApiError('forbidden', 'x', { status: 403 }), wire).general).toMatch(
      /may read this shipment but not change it/,
    );
    expect(saveProblems(new ApiError('server', 'Server failed', { status: 500 }), wire)).toEqual({
      fields: {},
      general: 'Server failed',
    });
  });
});
