package kz.gov.rehab.commons.document;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * One printable paper document, written top to bottom in the order of its form: bilingual title,
 * fields (the value above a line, the Kazakh and Russian caption below it, as on the appendices'
 * forms), lists, ticked choices, signature and date lines, a QR code with its verification link.
 * Pages break by themselves; every page carries the document's number and "page n of N".
 *
 * <pre>
 * byte[] pdf = PaperDocument.begin(identity)
 *         .title("ҚОЛХАТ", "РАСПИСКА")
 *         .field("Өтініш нөмірі", "Номер заявления", "CRT-2026-000042")
 *         .signature("Қабылдаған қызметкер", "Принявший работник", "Сапарова Д.")
 *         .toPdf();
 * </pre>
 *
 * <p>The same calls give the same bytes: fonts are embedded from the class path, the creation date
 * is the identity's {@code madeAt}, and the document ID is derived from kind and number.
 */
public final class PaperDocument {

    /** What the PDF's own metadata names as its producer (fixed, so that the bytes do not depend on a library version). */
    static final String PRODUCER = "Rehabilitation services of the Republic of Kazakhstan";
    public static final String MEDIA_TYPE = "application/pdf";
    /** The patronymic "if any" of every name caption (Order No. 113: "(ол болған жағдайда)"). */
    public static final String PATRONYMIC_IF_ANY_KK = "(ол болған жағдайда)";
    public static final String PATRONYMIC_IF_ANY_RU = "(при его наличии)";
    public static final String FULL_NAME_KK = "тегі, аты, әкесінің аты " + PATRONYMIC_IF_ANY_KK;
    public static final String FULL_NAME_RU = "фамилия, имя, отчество " + PATRONYMIC_IF_ANY_RU;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float SMALL = 7.5f;
    private static final float LEADING = 1.3f;
    private static final float GREY = 0.35f;
    private static final float QR_SIZE = 66;

    private final DocumentIdentity identity;
    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final List<String> watermarks = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    private String verificationUrl;
    private String verificationCaption;
    /** Where full-width content may start on this page: below the QR code in the corner. */
    private float clearBelow = Float.MAX_VALUE;

    private PaperDocument(DocumentIdentity identity) throws IOException {
        this.identity = identity;
        this.document = new PDDocument();
        this.regular = DocumentFonts.regular(document);
        this.bold = DocumentFonts.bold(document);
        newPage();
    }

    /** Starts the document of this identity on its first page (A4 portrait). */
    public static PaperDocument begin(DocumentIdentity identity) {
        try {
            return new PaperDocument(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The date as printed on every document: {@code dd.MM.yyyy}, read the same in both languages. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The form's reference, right-aligned and small at the top (e.g. "Appendix 3 to the rules"). */
    public PaperDocument formReference(String kk, String ru) {
        return guarded(() -> {
            for (String line : List.of(kk, ru)) {
                for (String wrapped : wrap(line, regular, SMALL, width() / 2)) {
                    float w = textWidth(wrapped, regular, SMALL);
                    text(wrapped, regular, SMALL, MARGIN + width() - w, y, GREY);
                    y -= SMALL * LEADING;
                }
            }
            y -= 6;
        });
    }

    /** The title in both languages, centred and bold. */
    public PaperDocument title(String kk, String ru) {
        return guarded(() -> {
            y -= 4;
            for (String line : List.of(kk, ru)) {
                for (String wrapped : wrap(line, bold, 12, width() - 2 * (QR_SIZE + 14))) {
                    narrowRoom(12 * LEADING);
                    text(wrapped, bold, 12, MARGIN + (width() - textWidth(wrapped, bold, 12)) / 2, y, 0);
                    y -= 12 * LEADING;
                }
            }
            y -= 6;
        });
    }

    /** Running text, the Kazakh wording first, then the Russian one. */
    public PaperDocument bilingual(String kk, String ru) {
        return guarded(() -> {
            paragraph(kk, regular, SIZE, 0);
            paragraph(ru, regular, SIZE, 0);
            y -= 4;
        });
    }

    /** Running text as it was recorded (a name, a statement), in one language. */
    public PaperDocument text(String value) {
        return guarded(() -> {
            paragraph(value, regular, SIZE, 0);
            y -= 2;
        });
    }

    /** A field of the form: the value above a line, the caption in both languages below it. */
    public PaperDocument field(String kk, String ru, String value) {
        return guarded(() -> {
            List<String> lines = wrap(value == null || value.isBlank() ? " " : value, bold, SIZE, width());
            List<String> caption = wrap(kk + " / " + ru, regular, SMALL, width());
            room(lines.size() * SIZE * LEADING + caption.size() * SMALL * LEADING + 6);
            for (String line : lines) {
                text(line, bold, SIZE, MARGIN, y, 0);
                y -= SIZE * LEADING;
            }
            rule(MARGIN, y + SIZE * 0.9f, width());
            y -= 1;
            for (String line : caption) {
                text(line, regular, SMALL, MARGIN, y + 1.5f, GREY);
                y -= SMALL * LEADING;
            }
            y -= 5;
        });
    }

    /** A numbered list under a bilingual heading, one entry per line (e.g. the documents accepted). */
    public PaperDocument items(String kk, String ru, List<String> entries) {
        return guarded(() -> {
            // the heading stays with the first entry
            room((1 + (entries.isEmpty() ? 0 : wrap(entries.get(0), bold, SIZE, width() - 30).size())) * SIZE * LEADING);
            paragraph(kk + " / " + ru + ":", regular, SIZE, 0);
            int n = 1;
            for (String entry : entries) {
                String number = n++ + ". ";
                float indent = textWidth(number, bold, SIZE);
                List<String> lines = wrap(entry, bold, SIZE, width() - indent - 10);
                room(lines.size() * SIZE * LEADING);
                text(number, bold, SIZE, MARGIN + 10, y, 0);
                for (String line : lines) {
                    room(SIZE * LEADING);
                    text(line, bold, SIZE, MARGIN + 10 + indent, y, 0);
                    y -= SIZE * LEADING;
                }
            }
            y -= 5;
        });
    }

    /** Choices of the form, each ticked or not (the form's "underline what applies"). */
    public PaperDocument choices(String kk, String ru, List<Choice> choices) {
        return guarded(() -> {
            // the heading stays with the first choice
            room((1 + (choices.isEmpty() ? 0 : wrap(choices.get(0).kk() + " / " + choices.get(0).ru(), bold, SIZE, width() - 30).size()))
                    * SIZE * LEADING);
            paragraph(kk + " / " + ru + ":", regular, SIZE, 0);
            for (Choice choice : choices) {
                String box = choice.chosen() ? "☒ " : "☐ ";
                float indent = textWidth(box, regular, SIZE);
                PDFont font = choice.chosen() ? bold : regular;
                List<String> lines = wrap(choice.kk() + " / " + choice.ru(), font, SIZE, width() - indent - 10);
                room(lines.size() * SIZE * LEADING);
                text(box, regular, SIZE, MARGIN + 10, y, 0);
                for (String line : lines) {
                    text(line, font, SIZE, MARGIN + 10 + indent, y, 0);
                    if (choice.chosen()) {
                        rule(MARGIN + 10 + indent, y - 1.5f, textWidth(line, font, SIZE));
                    }
                    y -= SIZE * LEADING;
                }
            }
            y -= 5;
        });
    }

    /**
     * A signature line: who signs (caption in both languages), their name as recorded above the
     * left line, and the right line for the hand-written signature.
     */
    public PaperDocument signature(String kk, String ru, String name) {
        return guarded(() -> {
            float half = width() / 2;
            List<String> who = wrap(kk + " / " + ru, regular, SMALL, width());
            List<String> nameCaption = wrap(FULL_NAME_KK + " / " + FULL_NAME_RU, regular, SMALL, half - 20);
            room(14 + SIZE * LEADING + (who.size() + nameCaption.size()) * SMALL * LEADING + 5);
            y -= 4;
            for (String line : who) {
                text(line, regular, SMALL, MARGIN, y, 0);
                y -= SMALL * LEADING;
            }
            y -= 10;
            for (String line : wrap(name == null || name.isBlank() ? " " : name, bold, SIZE, half - 20)) {
                text(line, bold, SIZE, MARGIN, y, 0);
                y -= SIZE * LEADING;
            }
            rule(MARGIN, y + SIZE * 0.9f, half - 20);
            rule(MARGIN + half, y + SIZE * 0.9f, half);
            text("қолы / подпись", regular, SMALL, MARGIN + half, y + 1.5f, GREY);
            for (String line : nameCaption) {
                text(line, regular, SMALL, MARGIN, y + 1.5f, GREY);
                y -= SMALL * LEADING;
            }
            y -= 5;
        });
    }

    /** A date line: the date as recorded, or an empty line to fill in by hand when {@code date} is null. */
    public PaperDocument dateLine(String kk, String ru, LocalDate date) {
        return field(kk, ru, date == null ? " " : date(date));
    }

    /** A bold, framed mark in red across the width (e.g. ТЕЛНҰСҚА / ДУБЛИКАТ), also as a watermark on every page. */
    public PaperDocument mark(String text) {
        return guarded(() -> {
            room(44);
            y -= 14;
            float w = textWidth(text, bold, 16);
            content.setStrokingColor(0.75f, 0.05f, 0.05f);
            content.setLineWidth(1.5f);
            content.addRect(MARGIN + (width() - w) / 2 - 10, y - 8, w + 20, 26);
            content.stroke();
            content.setNonStrokingColor(0.75f, 0.05f, 0.05f);
            content.beginText();
            content.setFont(bold, 16);
            content.newLineAtOffset(MARGIN + (width() - w) / 2, y);
            content.showText(printableOf(text, bold));
            content.endText();
            content.setNonStrokingColor(0f, 0f, 0f);
            content.setStrokingColor(0f, 0f, 0f);
            content.setLineWidth(0.5f);
            y -= 30;
            watermarks.add(text);
        });
    }

    /**
     * The verification of the document: the QR code of {@code url} in the top left corner of every
     * page from this one on, with a short caption under it, and the link itself in the footer (so
     * that it can also be typed). Call it right after {@link #begin}.
     */
    public PaperDocument verification(String url, String kk, String ru) {
        return guarded(() -> {
            verificationUrl = url;
            verificationCaption = kk + " / " + ru;
            drawVerification();
        });
    }

    /** Continues on a new page (e.g. the second copy of a receipt). */
    public PaperDocument newPage() {
        return guarded(() -> {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.setLineWidth(0.5f);
            y = PDRectangle.A4.getHeight() - MARGIN;
            clearBelow = Float.MAX_VALUE;
            if (verificationUrl != null) {
                drawVerification();
            }
        });
    }

    /** Finishes the document (see {@link #toPdf()}) and answers it with its identity. */
    public PrintedDocument print() {
        return new PrintedDocument(identity, toPdf());
    }

    /** Finishes the document: footers and watermarks on every page, metadata, document ID; answers the PDF's bytes. */
    public byte[] toPdf() {
        try (document) {
            content.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String line = "№ " + identity.number() + "   ·   " + (i + 1) + " / " + pages;
                    footer.setNonStrokingColor(GREY, GREY, GREY);
                    footer.beginText();
                    footer.setFont(regular, SMALL);
                    footer.newLineAtOffset(MARGIN + width() - textWidth(line, regular, SMALL), MARGIN / 2);
                    footer.showText(printableOf(line, regular));
                    footer.endText();
                    if (verificationUrl != null) {
                        footer.beginText();
                        footer.setFont(regular, SMALL - 1.5f);
                        footer.newLineAtOffset(MARGIN, MARGIN / 2);
                        footer.showText(printableOf(verificationUrl, regular));
                        footer.endText();
                    }
                    for (String watermark : watermarks) {
                        watermark(footer, watermark);
                    }
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(identity.titleKk() + " / " + identity.titleRu() + " № " + identity.number());
            info.setSubject(identity.kind());
            info.setKeywords(identity.number());
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            GregorianCalendar made = GregorianCalendar.from(identity.madeAt().toZonedDateTime());
            info.setCreationDate(made);
            info.setModificationDate(made);
            COSArray id = new COSArray();
            id.add(new COSString(identity.documentId()));
            id.add(new COSString(identity.documentId()));
            document.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One choice of {@link #choices}. */
    public record Choice(String kk, String ru, boolean chosen) {
    }

    private void watermark(PDPageContentStream stream, String text) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.12f);
        stream.saveGraphicsState();
        stream.setGraphicsStateParameters(faint);
        stream.setNonStrokingColor(0.75f, 0.05f, 0.05f);
        float size = 44;
        float w = textWidth(text, bold, size);
        stream.beginText();
        stream.setFont(bold, size);
        PDRectangle a4 = PDRectangle.A4;
        Matrix at = Matrix.getRotateInstance(Math.toRadians(45), a4.getWidth() / 2, a4.getHeight() / 2);
        at.translate(-w / 2, -size / 3);
        stream.setTextMatrix(at);
        stream.showText(printableOf(text, bold));
        stream.endText();
        stream.restoreGraphicsState();
    }

    private void drawVerification() throws IOException {
        BitMatrix matrix = QrCode.of(verificationUrl);
        float module = QR_SIZE / matrix.getWidth();
        float top = PDRectangle.A4.getHeight() - MARGIN + SIZE;
        content.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    content.addRect(MARGIN + column * module, top - (row + 1) * module, module, module);
                }
            }
        }
        content.fill();
        float line = top - QR_SIZE - SMALL - 7;
        for (String caption : wrap(verificationCaption, regular, SMALL - 1, QR_SIZE + 4)) {
            text(caption, regular, SMALL - 1, MARGIN, line, GREY);
            line -= (SMALL - 1) * LEADING;
        }
        clearBelow = line - 8;
    }

    private void paragraph(String value, PDFont font, float size, float grey) throws IOException {
        for (String line : wrap(value, font, size, width())) {
            room(size * LEADING);
            text(line, font, size, MARGIN, y, grey);
            y -= size * LEADING;
        }
    }

    /** Makes room for full-width content: below the corner's QR code, and on a new page when this one is full. */
    private void room(float needed) throws IOException {
        y = Math.min(y, clearBelow);
        narrowRoom(needed);
    }

    /** Makes room for centred content, which may stand beside the corner's QR code. */
    private void narrowRoom(float needed) throws IOException {
        if (y - needed < MARGIN + 10) {
            newPage();
        }
    }

    private void text(String line, PDFont font, float size, float x, float baseline, float grey) throws IOException {
        content.setNonStrokingColor(grey, grey, grey);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(printableOf(line, font));
        content.endText();
        content.setNonStrokingColor(0f, 0f, 0f);
    }

    private void rule(float x, float at, float length) throws IOException {
        content.moveTo(x, at);
        content.lineTo(x + length, at);
        content.stroke();
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(printableOf(text, font)) / 1000 * size;
    }

    /** Lines of at most {@code max} points, broken between words (a word longer than a line is broken anywhere). */
    private List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r", "").replace("\t", " ").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(candidate, font, size) <= max) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (textWidth(word, font, size) <= max) {
                    line.append(word);
                } else {
                    List<String> pieces = wrapAnywhere(word, font, size, max);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    line.append(pieces.get(pieces.size() - 1));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private List<String> wrapAnywhere(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            line.append(text.charAt(i));
            if (textWidth(line.toString(), font, size) > max && line.length() > 1) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(text.charAt(i));
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text with any character the font has no glyph for replaced by "?" (a recorded value is printed, never refused). */
    private String printableOf(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int key = font == bold ? -c - 1 : c;
            boolean ok = printable.computeIfAbsent(key, k -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.appendCodePoint(ok ? c : '?');
        });
        return out.toString();
    }

    private interface Step {
        void run() throws IOException;
    }

    private PaperDocument guarded(Step step) {
        try {
            step.run();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
