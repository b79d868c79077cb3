package kz.gov.rehab.commons.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** The HTTP answer of a paper document, for the services' {@code rest/} resources. */
public final class PdfResponses {

    private PdfResponses() {
    }

    /** 200 {@code application/pdf} with {@code Content-Disposition: attachment} and the document's file name. */
    public static Response of(PrintedDocument document) {
        return Response.ok(document.pdf(), PaperDocument.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.identity().fileName() + "\"")
                .build();
    }
}
