package kz.gov.rehab.certificate.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kz.gov.rehab.certificate.application.RequestedResult;
import org.junit.jupiter.api.Test;

/** C8: one original certificate per person; a person who holds one is given a duplicate. */
class NoSecondOriginalTest {

    @Test
    void aCertificateAskedByAPersonWhoHoldsAnOriginalWouldBeASecondOriginal_C8() {
        assertThat(NoSecondOriginal.breachedBy(RequestedResult.CERTIFICATE, Optional.of("710000000-2026-000017"))).isTrue();
    }

    @Test
    void aFirstCertificateAndADuplicateAreNoSecondOriginal_C8() {
        assertThat(NoSecondOriginal.breachedBy(RequestedResult.CERTIFICATE, Optional.empty())).isFalse();
        assertThat(NoSecondOriginal.breachedBy(RequestedResult.DUPLICATE, Optional.of("710000000-2026-000017"))).isFalse();
    }
}
