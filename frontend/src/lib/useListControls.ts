import { useState } from 'react';

/**
 * The page, page size and sort of a list on screen. `filter` wraps a filter's setter so that changing a filter goes
 * back to the first page; `pager` is what the Pager component takes.
 */
export function useListControls(defaultSort = '', defaultSize = 20) {
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(defaultSize);
  const [sort, setSort] = useState(defaultSort);
  const filter =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(0);
    };
  return {
    page,
    setPage,
    size,
    setSize,
    sort,
    setSort,
    filter,
    pager: { page, size, onPage: setPage, onSize: setSize },
  };
}
