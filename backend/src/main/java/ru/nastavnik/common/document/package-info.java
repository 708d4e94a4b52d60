/**
 * Printed documents of the school (orders, programmes, reports) as one model of blocks — paragraphs, lines with a
 * left and a right side, tables, page breaks — that a document's text class builds once and both renderers lay out
 * the same way: {@link ru.nastavnik.common.document.Docx} for Word and {@link ru.nastavnik.common.document.Pdf}
 * for PDF, on A4 with the margins and fonts of Russian office papers (ГОСТ Р 7.0.97). A document therefore says the
 * same in both formats.
 */
package ru.nastavnik.common.document;
