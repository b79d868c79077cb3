package kz.gov.rehab.commons.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.gov.rehab.commons.testing.PdfPages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The paper-document kit: every Kazakh and Russian letter, repeatable bytes, a QR code that reads back. */
class PaperDocumentTest {

    /** The Kazakh Cyrillic alphabet (42 letters) in both cases: the Russian 33 plus ә ғ қ ң ө ұ ү һ і. */
    static final String KAZAKH_ALPHABET = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ";

    private static final DocumentIdentity IDENTITY = new DocumentIdentity("test-document", "T-2026-000001",
            "СЫНАҚ ҚҰЖАТЫ", "ПРОБНЫЙ ДОКУМЕНТ", OffsetDateTime.parse("2026-03-20T10:15:00+05:00"));

    private static byte[] sample() {
        return PaperDocument.begin(IDENTITY)
                .verification("http://127.0.0.1:8080/api/v1/certificates/verification/710000000-2026-000017", "Тексеру", "Проверка")
                .formReference("№ 78 бұйрыққа 2-қосымша", "Приложение 2 к приказу № 78")
                .title("СЫНАҚ ҚҰЖАТЫ", "ПРОБНЫЙ ДОКУМЕНТ")
                .field("Әліпби", "Алфавит", KAZAKH_ALPHABET + " " + KAZAKH_ALPHABET.toLowerCase())
                .field(PaperDocument.FULL_NAME_KK, PaperDocument.FULL_NAME_RU, "Сейтқали Бекжан Әбілқасымұлы")
                .items("Құжаттар", "Документы", List.of("Жеке куәлік № 099000001", "Ақтау туралы анықтама"))
                .choices("Алатыны", "Получает", List.of(new PaperDocument.Choice("зейнетақы", "пенсия", true),
                        new PaperDocument.Choice("жәрдемақы", "пособие", false)))
                .mark("ТЕЛНҰСҚА / ДУБЛИКАТ")
                .dateLine("Күні", "Дата", LocalDate.of(2026, 3, 20))
                .signature("Қабылдаған қызметкер", "Принявший работник", "Сапарова Динара")
                .toPdf();
    }

    @Test
    void everyKazakhAndRussianLetterIsEmbeddedAndExtractable() throws IOException {
        byte[] pdf = sample();
        String text = PdfPages.text(pdf);
        assertTrue(text.contains(KAZAKH_ALPHABET), text);
        assertTrue(text.contains(KAZAKH_ALPHABET.toLowerCase()), text);
        assertTrue(text.contains("Сейтқали Бекжан Әбілқасымұлы"));
        assertTrue(text.contains("(ол болған жағдайда)"));
        assertTrue(text.contains("20.03.2026"));
        assertTrue(text.contains("ТЕЛНҰСҚА / ДУБЛИКАТ"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("DejaVuSans"), font.getName());
            }
        }
    }

    @Test
    void sameRecordSameBytes() {
        byte[] pdf = sample();
        assertArrayEquals(pdf, sample());
        PdfPages.keepSample(pdf, "paper-document-kit");
    }

    @Test
    void creationDateIsTheRecordsAndNotTheClocks() throws IOException {
        try (PDDocument document = Loader.loadPDF(sample())) {
            assertEquals(IDENTITY.madeAt().toInstant(), document.getDocumentInformation().getCreationDate().toInstant());
            assertEquals(IDENTITY.madeAt().toInstant(), document.getDocumentInformation().getModificationDate().toInstant());
        }
    }

    @Test
    void firstPageIsNotBlankAndItsQrCodeReadsBack() {
        byte[] pdf = sample();
        assertTrue(PdfPages.inkOnFirstPage(pdf) > 0.01);
        assertEquals("http://127.0.0.1:8080/api/v1/certificates/verification/710000000-2026-000017", PdfPages.qrOnFirstPage(pdf));
    }

    @Test
    void aCharacterWithoutGlyphIsPrintedAsQuestionMarkNotRefused() {
        byte[] pdf = PaperDocument.begin(IDENTITY).text("Emoji \uD83D\uDE00 and a private-use \uE000 character").toPdf();
        String text = PdfPages.text(pdf);
        assertFalse(text.contains("\uE000"));
        assertTrue(text.contains("Emoji"));
    }

    @Test
    void longTextBreaksIntoPagesEachWithTheNumber() {
        PaperDocument document = PaperDocument.begin(IDENTITY);
        for (int i = 0; i < 120; i++) {
            document.text("Жол " + i + ": тыңдау хаттамасы / протокол заслушивания");
        }
        byte[] pdf = document.toPdf();
        assertTrue(PdfPages.pages(pdf) >= 2);
        assertTrue(PdfPages.text(pdf).contains("№ T-2026-000001"));
    }

    @Test
    void fileNameIsSafe() {
        assertEquals("acceptance-receipt-CRT-2026-000042.pdf",
                new DocumentIdentity("acceptance-receipt", "CRT-2026-000042", "a", "b", IDENTITY.madeAt()).fileName());
        assertEquals("x-a_b_c.pdf", new DocumentIdentity("x", "a/b\"c", "a", "b", IDENTITY.madeAt()).fileName());
    }
}
