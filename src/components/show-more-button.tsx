type Props = { remaining: number; step: number; noun: string; onClick: () => void };

export function ShowMoreButton({ remaining, step, noun, onClick }: Props) {
  if (remaining <= 0) return null;
  return (
    <button type="button" className="button button-quiet show-more" onClick={onClick}>
      Show {Math.min(step, remaining)} more {noun} ({remaining} not shown)
    </button>
  );
}
