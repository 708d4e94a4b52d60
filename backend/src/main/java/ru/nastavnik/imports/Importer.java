package ru.nastavnik.imports;

import java.util.List;

import ru.nastavnik.common.table.TableColumn;

/** One kind of import: the columns its files have, and how its rows are checked and applied. */
interface Importer {

    ImportKind kind();

    /** The columns, in the order the template gives them. */
    List<TableColumn<Void>> columns(ImportOptions options);

    /**
     * Reads every row, decides each row's action, applies the valid rows unless the options say otherwise, and writes
     * the row report, all within the caller's transaction.
     */
    Outcome run(ImportContext context) throws Exception;
}
