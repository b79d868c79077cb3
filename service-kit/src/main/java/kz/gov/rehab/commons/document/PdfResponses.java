package kz.gov.rehab.commons.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The HTTP answer of a paper document, for the services' {@code rest/} resources. */
public final class PdfResponses {

    private PdfResponses() {
    }

    /**
     * Whether the caller asked for the paper rather than the JSON of a resource that offers both
     * ({@code @Produces({"application/json", "application/pdf"})}): the first of its acceptable
     * types, in order of preference, that is PDF and not JSON. {@code *}{@code /*} and no
     * {@code Accept} at all mean JSON, as before the paper existed.
     */
    public static boolean asked(HttpHeaders headers) {
        MediaType pdf = MediaType.valueOf(PaperDocument.MEDIA_TYPE);
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(pdf)) {
                return true;
            }
        }
        return false;
    }

    /** 200 {@code application/pdf} with {@code Content-Disposition: attachment} and the document's file name. */
    public static Response of(PrintedDocument document) {
        return Response.ok(document.pdf(), PaperDocument.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + document.identity().fileName() + "\"")
                .build();
    }
}
