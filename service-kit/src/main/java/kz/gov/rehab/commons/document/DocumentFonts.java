package kz.gov.rehab.commons.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of every paper document: DejaVu Sans (regular and bold), which has every Kazakh letter
 * (ә ғ қ ң ө ұ ү һ і and their capitals) and every Russian one. The TTF files come from the Maven
 * artifact {@code net.sf.jasperreports:jasperreports-fonts} with their licence (Bitstream Vera /
 * DejaVu: free to use, embed and redistribute); a font of the host is never read. Each document
 * embeds the subset of glyphs it uses.
 */
final class DocumentFonts {

    private static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";
    static final String LICENCE = DIRECTORY + "LICENSE";

    private static final byte[] REGULAR = read("DejaVuSans.ttf");
    private static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private DocumentFonts() {
    }

    static PDType0Font regular(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
    }

    static PDType0Font bold(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
    }

    private static byte[] read(String file) {
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " missing: the jasperreports-fonts artifact must be on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
