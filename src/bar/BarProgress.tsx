/**
 * The bar's progress line: how far into the story the slide in view is. Decoration, since the
 * counter beside it says the same in words.
 */
export function BarProgress({ viewNumber, count }: { viewNumber: number; count: number }) {
  return (
    <div className="bar__progress" aria-hidden="true">
      <div
        className="bar__progress-fill"
        data-part="progress"
        style={{ transform: `scaleX(${viewNumber / count})` }}
      />
    </div>
  );
}
