package kz.gov.rehab.commons.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a paper document as a person would: its text (PDFBox's text extraction), page 1 as a
 * picture, and what its QR code says (decoded from that picture with ZXing).
 */
public final class PdfPages {

    private PdfPages() {
    }

    /** The text of every page, its line breaks and runs of spaces read as one space (a wrapped line reads on). */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page 1 rendered at {@code dpi}, in colour. */
    public static BufferedImage firstPage(byte[] pdf, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The share of page 1's pixels that are not white: 0 for a blank page. */
    public static double inkOnFirstPage(byte[] pdf) {
        BufferedImage page = firstPage(pdf, 50);
        long inked = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if ((page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        return (double) inked / ((long) page.getWidth() * page.getHeight());
    }

    /** What the first QR code on page 1 says, or null when none can be read. */
    public static String qrOnFirstPage(byte[] pdf) {
        BufferedImage page = firstPage(pdf, 150);
        int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        try {
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException e) {
            return null;
        }
    }

    /**
     * Keeps a sample of a rendered document as {@code name.pdf} and {@code name.png} (page 1): in
     * {@code target/paper-samples}, or in the directory named by the system property
     * {@code paper.samples} ({@code scripts/paper-samples.sh} sets it to {@code docs/samples}).
     */
    public static void keepSample(byte[] pdf, String name) {
        keepSample(pdf, Path.of(System.getProperty("paper.samples", "target/paper-samples")), name);
    }

    /** Writes the PDF and page 1 as PNG (at 80 dpi) into {@code directory}, as {@code name.pdf} and {@code name.png}. */
    public static void keepSample(byte[] pdf, Path directory, String name) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".pdf"), pdf);
            ImageIO.write(firstPage(pdf, 80), "png", directory.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
