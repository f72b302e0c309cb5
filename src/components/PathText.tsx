import { Fragment } from 'react';

/**
 * A file path or file name that may need to wrap: line breaks are offered after separators
 * (/ \ - _ .), so a long path wraps between its parts instead of in the middle of a word.
 */
export function PathText({ path }: { path: string }) {
  const parts = path.split(/(?<=[/\\\-_.])/);
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string, never reordered.
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </>
  );
}
