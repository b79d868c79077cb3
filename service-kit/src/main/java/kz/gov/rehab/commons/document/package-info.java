/**
 * Paper documents (docs/documents.md): the printable, bilingual (Kazakh and Russian) PDF of a
 * stored record, with its number, signature and date lines and a QR code that links to the public
 * verification of the document.
 *
 * <p>A service describes a document with {@link kz.gov.rehab.commons.document.PaperDocument}
 * (Apache PDFBox underneath), in the order of its form; the font (DejaVu Sans, shipped in a Maven
 * artifact with its licence) is embedded, never read from the host; creation date and document ID
 * come from the record, so the same record always gives the same bytes.
 */
package kz.gov.rehab.commons.document;
