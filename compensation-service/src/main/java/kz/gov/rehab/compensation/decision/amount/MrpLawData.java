package kz.gov.rehab.compensation.decision.amount;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import kz.gov.rehab.commons.lawdata.LawDataGap;
import kz.gov.rehab.commons.lawdata.LawDataSource;

/** A year whose first day no confirmed MRP covers lacks the MRP of its budget law (docs/law.md §4). */
@ApplicationScoped
public class MrpLawData implements LawDataSource {

    private final MrpRegister register;

    public MrpLawData(MrpRegister register) {
        this.register = register;
    }

    @Override
    public List<LawDataGap> gapsFor(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        List<MrpRegister.MrpEntry> covering = register.all().stream()
                .filter(e -> !first.isBefore(e.effectiveFrom()) && !first.isAfter(e.effectiveTo())).toList();
        if (covering.stream().anyMatch(MrpRegister.MrpEntry::inForce)) {
            return List.of();
        }
        return List.of(new LawDataGap("mrp", year, covering.isEmpty()
                ? "no MRP is entered for the budget year " + year + " (the republican budget law sets it)"
                : "the MRP of " + year + " is entered by " + covering.get(0).enteredBy() + " and awaits a second operator's confirmation"));
    }
}
