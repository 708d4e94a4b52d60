package ru.nastavnik.imports;

/** Thrown inside a job's transaction when its owner cancels it, so that everything it wrote is rolled back. */
class ImportCancelled extends RuntimeException {

    ImportCancelled() {
        super("cancelled", null, false, false);
    }
}
