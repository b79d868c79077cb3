package kz.gov.rehab.commons.testing;

import java.time.ZoneId;
import kz.gov.rehab.commons.document.DocumentsConfig;

/** The paper documents' configuration of a rendering test, without Quarkus: a verification address and Kazakhstan's time. */
public record FixedDocumentsConfig(String verificationBaseUrl, ZoneId zone) implements DocumentsConfig {

    public static final FixedDocumentsConfig PUBLIC = new FixedDocumentsConfig("https://api.rehab.gov.kz", ZoneId.of("Asia/Almaty"));
}
