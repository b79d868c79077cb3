package kz.gov.rehab.compensation.homeschooling;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.gov.rehab.commons.egov.EgovRegistries;
import kz.gov.rehab.commons.egov.PersonRecord;
import kz.gov.rehab.commons.egov.RegisteredAddress;
import kz.gov.rehab.commons.person.Iin;
import kz.gov.rehab.commons.refusal.RuleBroken;
import kz.gov.rehab.commons.refusal.Violation;
import kz.gov.rehab.compensation.application.ApplicationIntake;
import kz.gov.rehab.compensation.application.CompensationApplication;
import kz.gov.rehab.compensation.application.RegistryComparison;
import kz.gov.rehab.compensation.application.RegistrySnapshot;
import kz.gov.rehab.compensation.homeschooling.rest.HomeSchoolingForm;
import kz.gov.rehab.compensation.programme.PayoutProgramme;

/**
 * The home-schooling part of the shared intake: the child from the state database of individuals and
 * the address register (through the digital-government gateway, in the application's case), the
 * child's names and birth date compared with the form, the region the award is reported in (the
 * child's registered residence), and the months of the period ({@link ReimbursementPeriod}).
 */
@ApplicationScoped
public class HomeSchoolingIntake {

    private final EgovRegistries registries;

    public HomeSchoolingIntake(EgovRegistries registries) {
        this.registries = registries;
    }

    /** The child as the registries know it: the person and the registered residence, if any. */
    public record ChildFound(PersonRecord person, Optional<RegisteredAddress> address) {
    }

    /** The home-schooling part of an application to the shared intake ({@link ApplicationIntake}). */
    public ApplicationIntake.ProgrammePart<ChildFound> part(HomeSchoolingForm form) {
        return new ApplicationIntake.ProgrammePart<>() {
            @Override
            public PayoutProgramme programme() {
                return PayoutProgramme.HOME_SCHOOLING_REIMBURSEMENT;
            }

            @Override
            public List<Violation> violations() {
                return dateViolations(form);
            }

            @Override
            public ChildFound consult(String number) {
                return child(form, number);
            }

            @Override
            public List<String> complete(CompensationApplication application, ChildFound child) {
                return HomeSchoolingIntake.complete(application, child, form);
            }
        };
    }

    private ChildFound child(HomeSchoolingForm form, String number) {
        Iin iin = form.child().iin();
        EgovRegistries.Resident child = registries.resident(iin, number);
        PersonRecord person = child.person().orElseThrow(() -> new RuleBroken("child-not-registered", "Child not in the state database of individuals",
                "The child's IIN " + iin.masked() + " is not registered in the state database of individuals",
                List.of(new Violation("child.iin", "not in the state database of individuals"))));
        return new ChildFound(person, child.address());
    }

    private static List<String> complete(CompensationApplication application, ChildFound found, HomeSchoolingForm form) {
        HomeSchoolingForm.ChildForm child = form.child();
        PersonRecord childRecord = found.person();
        Optional<RegisteredAddress> childAddress = found.address();
        HomeSchoolingForm.ConclusionForm conclusion = form.homeSchoolingConclusion();
        ReimbursementPeriod period = ReimbursementPeriod.of(conclusion.periodFrom(), conclusion.periodTo(),
                form.acceptedOn(), childRecord.birthDate()).orElseThrow(() -> new RuleBroken("no-months-to-reimburse", "No month of the period can be reimbursed",
                "The home-schooling conclusion covers no month from the month of the application on in which the"
                        + " child is under " + ReimbursementPeriod.ADULT_AGE,
                List.of(new Violation("homeSchoolingConclusion.periodTo",
                        "ends before the month of the application or after the child comes of age"))));

        RegistrySnapshot.Person childInRegistry = RegistrySnapshot.Person.of(childRecord);
        application.childIin = child.iin();
        application.homeSchooling = new HomeSchoolingCase(form.relationToChild(), blankToNull(form.authorityDocument()),
                new HomeSchoolingCase.Child(child.iin().value(), child.surname().trim(), child.firstName().trim(),
                        blankToNull(child.patronymic()), child.birthDate()),
                new HomeSchoolingCase.Disability(form.disability().documentNumber().trim(), form.disability().documentDate(),
                        form.disability().validUntil()),
                new HomeSchoolingCase.Conclusion(conclusion.number().trim(), conclusion.date(), conclusion.periodFrom(),
                        conclusion.periodTo()),
                childInRegistry, childAddress.map(ApplicationIntake::address).orElse(null));
        application.periodFrom = period.first().atDay(1);
        application.periodTo = period.last().atDay(1);
        application.mismatches.addAll(RegistryComparison.personMismatches("child.", child.surname(), child.firstName(),
                child.patronymic(), child.birthDate(), childInRegistry));
        // The award is reported in the region of the child's registered residence (the applicant's when
        // the child has none registered).
        childAddress.ifPresent(address -> ApplicationIntake.region(application, address));

        List<String> pending = new ArrayList<>();
        if (form.disability().validUntil() != null && form.disability().validUntil().isBefore(period.last().atEndOfMonth())) {
            pending.add("the disability is established until " + form.disability().validUntil()
                    + ", before the end of the period (" + period.last() + ")");
        }
        return pending;
    }

    private static List<Violation> dateViolations(HomeSchoolingForm form) {
        List<Violation> violations = new ArrayList<>();
        LocalDate acceptedOn = form.acceptedOn();
        if (form.homeSchoolingConclusion().date().isAfter(acceptedOn)) {
            violations.add(new Violation("homeSchoolingConclusion.date", "must not be after the date of acceptance"));
        }
        if (form.disability().documentDate().isAfter(acceptedOn)) {
            violations.add(new Violation("disability.documentDate", "must not be after the date of acceptance"));
        }
        if (form.disability().validUntil() != null && form.disability().validUntil().isBefore(acceptedOn)) {
            violations.add(new Violation("disability.validUntil", "the disability has ended before the application"));
        }
        if (form.child().birthDate().isAfter(acceptedOn)) {
            violations.add(new Violation("child.birthDate", "must not be after the date of acceptance"));
        }
        return violations;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
