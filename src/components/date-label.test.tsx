import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { DateLabel } from './date-label.tsx';

test('marks an inferred date and describes its basis', () => {
  render(<DateLabel publishedOn="2025-06-24" dateBasis="24 June 2025: it mentions the NATO summit as past." dateSource="inferred" />);
  const label = screen.getByText(/24 Jun 2025/).parentElement!;
  expect(label).toHaveTextContent('24 Jun 2025 (inferred)');
  expect(label).toHaveAccessibleDescription('24 June 2025: it mentions the NATO summit as past.');
});

test('does not mark a date stated in a sidecar file', () => {
  render(<DateLabel publishedOn="2025-06-24" dateBasis="24 June 2025, as stated in a.txt.meta.json." dateSource="stated" />);
  expect(screen.queryByText('(inferred)')).not.toBeInTheDocument();
});

test('shows the basis on keyboard focus and hides it on Escape', async () => {
  const user = userEvent.setup();
  render(<DateLabel publishedOn={null} dateBasis="No date could be inferred." dateSource="unknown" />);
  await user.tab();
  const label = screen.getByText('Undated');
  expect(label).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(label).toHaveAttribute('data-dismissed', 'true');
});
