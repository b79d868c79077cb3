package kz.gov.rehab.commons.egov;

import java.util.List;

/** All rehabilitation references registered for one IIN. */
public record RehabilitationRecords(String iin, List<RehabilitationRecord> records) {

    public RehabilitationRecords {
        records = records == null ? List.of() : List.copyOf(records);
    }
}
