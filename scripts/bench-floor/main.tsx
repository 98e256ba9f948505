// The floor the app is measured against (scripts/bench-app.ts): the least a Vite + React page that lists
// 50 items and filters them as you type can do. Its figures are what the machine and the stack cost.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const ITEMS = Array.from({ length: 50 }, (_, index) => `Item ${index + 1}: a headline about talks, trade and ${index % 2 === 0 ? 'trump' : 'peace'}`);

function Floor() {
  const [q, setQ] = useState('');
  const shown = ITEMS.filter((item) => item.toLowerCase().includes(q.toLowerCase()));
  return (
    <>
      <h1>Floor</h1>
      <input type="search" aria-label="Search articles" value={q} onChange={(event) => setQ(event.target.value)} />
      <ol className="results">
        {shown.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
