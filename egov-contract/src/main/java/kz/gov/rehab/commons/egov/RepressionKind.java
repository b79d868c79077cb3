package kz.gov.rehab.commons.egov;

/** Places of deprivation the months of a rehabilitation reference count (docs/law.md §4). */
public enum RepressionKind {
    IMPRISONMENT, EXILE, SPECIAL_SETTLEMENT, FORCED_LABOUR, FORCED_PSYCHIATRIC_TREATMENT
}
