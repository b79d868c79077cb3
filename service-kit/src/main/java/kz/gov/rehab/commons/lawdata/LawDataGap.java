package kz.gov.rehab.commons.lawdata;

/**
 * A fact of the law that a year still lacks and that only an announcement or a law can give, e.g.
 * the first day of Kurban Ait ({@code kurban-ait}), the Government's transfer decree
 * ({@code transfer-decree}) or the MRP of the budget year ({@code mrp}).
 */
public record LawDataGap(String item, int year, String detail) {
}
