import type { CellData, RowData, TableFeatures } from '@tanstack/react-table';

/** What All Orders' columns say about their cells, typed once for every `columnDef.meta`. */
declare module '@tanstack/table-core' {
  // The parameters are table-core's own: a merged declaration must repeat them, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TFeatures extends TableFeatures, TData extends RowData, TValue extends CellData = CellData> {
    className?: string;
    align?: 'right';
  }
}
