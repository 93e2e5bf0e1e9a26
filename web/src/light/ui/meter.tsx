/* Its styles (zl-meter-*) are in today/cards.css, with the cards that show it. */

type TMeterProps = { label: string; value: number; text: string; target: number };

/** One count against its target: the words above, a bar below (green once the target is met). */
export function Meter({ label, value, text, target }: TMeterProps) {
  const percent = target > 0 ? Math.min(100, Math.round((value / target) * 100)) : 100;
  return (
    <div className="zl-meter">
      <div className="zl-meter-head">
        <span>{label}</span>
        <strong>{text}</strong>
      </div>
      <div
        className={value >= target ? 'zl-meter-rail zl-meter-done' : 'zl-meter-rail'}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={`${label} ${text}`}
      >
        <div className="zl-meter-bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
