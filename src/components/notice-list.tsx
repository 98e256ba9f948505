/** Parameters the page could not use, shown rather than silently dropped. */
export function NoticeList({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      <p className="notices-title">Some of the address could not be used:</p>
      <ul>
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </div>
  );
}
