/** A row standing in for the rows of a virtual table that are not drawn (see useVirtualTableRows). */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden="true" className="spacer-row">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
