package kz.gov.rehab.commons.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aGeneratedIdIsARandomUuid() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = RequestId.generate();
            UUID uuid = UUID.fromString(id);
            assertEquals(id, uuid.toString());
            assertEquals(4, uuid.version(), "a random UUID");
            assertEquals(2, uuid.variant(), "the RFC 4122 variant");
            ids.add(id);
        }
        assertEquals(10_000, ids.size(), "no id twice");
    }

    @Test
    void aCallersIdIsKeptWhenAcceptableAndReplacedOtherwise() {
        assertEquals("sc-astana-01.0042", RequestId.acceptOrGenerate("sc-astana-01.0042"));
        assertEquals(4, UUID.fromString(RequestId.acceptOrGenerate("bad id\twith tab")).version());
        assertEquals(4, UUID.fromString(RequestId.acceptOrGenerate(null)).version());
    }
}
