import type { SearchSegment } from '@zeren/contracts';

/** A highlighted text as the server cut it: matched words in <mark>, everything as text (never HTML). */
export function Highlighted({ segments }: { segments: SearchSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments never reorder.
          <mark key={i} className="search-match">
            {s.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the segments never reorder.
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
