package kz.gov.rehab.certificate.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kz.gov.rehab.commons.lawdata.LawDataGap;
import kz.gov.rehab.commons.lawdata.LawDataSource;

/** What a year's calendar still lacks to be confirmed: its Kurban Ait date, its transfer decree. */
@ApplicationScoped
public class CalendarLawData implements LawDataSource {

    private final WorkingDayCalendar calendar;

    public CalendarLawData(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<LawDataGap> gapsFor(int year) {
        return calendar.year(year).missing().stream().map(fact -> switch (fact) {
            case KURBAN_AIT -> new LawDataGap("kurban-ait", year,
                    "the first day of Kurban Ait " + year + " is not entered (Labour Code art. 84 p. 5)");
            case TRANSFER_DECREE -> new LawDataGap("transfer-decree", year,
                    "the Government's decree on transferring days off in " + year + " is not entered (Labour Code art. 85 p. 3)");
        }).toList();
    }
}
