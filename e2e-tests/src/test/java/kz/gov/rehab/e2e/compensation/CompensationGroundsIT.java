package kz.gov.rehab.e2e.compensation;

import static kz.gov.rehab.e2e.compensation.CompensationGateway.OFFICER;
import static kz.gov.rehab.e2e.compensation.CompensationGateway.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Decisions on the law's grounds through the gateway (docs/law.md §2 P1, P3): every complete form is
 * filed; a reference the register does not hold is refused by a reasoned decision on record; a
 * person paid before the system is refused as already paid, from the register of payments.
 */
class CompensationGroundsIT {

    private static final String APPLICATIONS = "/api/v1/compensations/applications";

    private static String form(String iin, String surname, String firstName, String patronymic, String birthDate,
            String idCard, String reference, String referenceDate) {
        return CompensationGateway.iskakovApplication("2026-05-04")
                .replace("330707399060", iin).replace("Исқақов", surname).replace("Мұрат", firstName)
                .replace("Болатұлы", patronymic).replace("1933-07-07", birthDate).replace("099000007", idCard)
                .replace("R-1999-099007", reference).replace("1999-03-03", referenceDate);
    }

    @Test
    void referenceNotInTheRegisterIsFiledThenRefusedWithAReasonedDecision_P1() {
        // Нұрланова Гүлнар: the register of rehabilitation references holds nothing for her
        CompensationGateway.forget("450803499093");
        String id = as(OFFICER).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(form("450803499093", "Нұрланова", "Гүлнар", "Маратқызы", "1945-08-03", "099000010", "R-2003-000001", "2003-01-01"))
                .post(APPLICATIONS).then().statusCode(201)
                .body("status", equalTo("AWAITING_DECISION"))
                .body("pendingReasons", hasItem(containsString("not in the rehabilitation register"))).extract().path("id");
        as(OFFICER).body("{\"outcome\":\"ASSIGN\",\"grounds\":\"the register is asked again at the decision\"}")
                .post(APPLICATIONS + "/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("REFERENCE_NOT_IN_REGISTER"))
                .body("decision.refusalDetail", containsString("ReferenceInRegister"));
        as(OFFICER).get(APPLICATIONS + "/" + id + "/stages").then().statusCode(200)
                .body("items.stage", hasItem("refused"));
    }

    @Test
    void personPaidBeforeTheSystemIsRefusedAsAlreadyPaid_P3() {
        // Оспанов Төлеген: paid 37,875.00 KZT on 2019-06-14, before the system (register of payments)
        CompensationGateway.forget("340505399133");
        as(OFFICER).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(form("340505399133", "Оспанов", "Төлеген", "Қайратұлы", "1934-05-05", "099000013", "R-1995-099013", "1995-02-20")
                        .replace("Астана, Тәуелсіздік даңғылы 21, пәтер 140", "Астана, Қонаев көшесі 10, 15"))
                .post(APPLICATIONS).then().statusCode(201)
                .body("status", equalTo("REFUSED"))
                .body("decision.refusalReason", equalTo("ALREADY_COMPENSATED"))
                .body("decision.refusalDetail", containsString("2019-06-14"));
    }
}
