import { useState } from 'react';

/**
 * Previous / next over a cursor-paginated list: the cursors of the pages seen so far are kept, so
 * going back needs no cursor from the server. Changing `resetKey` (filters, pool) starts over.
 */
export function useCursorPages(resetKey: string): CursorPages {
  const [state, setState] = useState<{ key: string; cursors: (string | undefined)[] }>({
    key: resetKey,
    cursors: [undefined],
  });
  const cursors = state.key === resetKey ? state.cursors : [undefined];
  if (state.key !== resetKey) setState({ key: resetKey, cursors });
  const index = cursors.length - 1;
  return {
    /** The cursor of the page to show; `undefined` for the first. */
    cursor: cursors[index],
    /** 1-based page number. */
    page: index + 1,
    hasPrevious: index > 0,
    next: (nextCursor: string) => setState({ key: resetKey, cursors: [...cursors, nextCursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
  };
}

export interface CursorPages {
  /** The cursor of the page to show; `undefined` for the first. */
  cursor: string | undefined;
  /** 1-based page number. */
  page: number;
  hasPrevious: boolean;
  next: (nextCursor: string) => void;
  previous: () => void;
}
