package kz.gov.rehab.compensation.decision.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.gov.rehab.compensation.decision.RefusalReason;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The officer's decision: assign, or refuse on a ground of the documented list with the details. */
@Schema(name = "CompensationDecision")
public record DecisionRequest(
        @NotNull @Schema(example = "ASSIGN") Outcome outcome,
        @Schema(description = "required to refuse", example = "DATA_UNRELIABLE") RefusalReason refusalReason,
        @Size(max = 2000) @Schema(description = "grounds of a manual decision, or the details of a refusal",
                example = "the funeral allowance paid in another republic is not the one-time compensation") String grounds) {

    public enum Outcome { ASSIGN, REFUSE }

    @JsonIgnore
    @AssertTrue(message = "a refusal needs a refusal reason and its details")
    public boolean isRefusalComplete() {
        return outcome != Outcome.REFUSE || (refusalReason != null && grounds != null && !grounds.isBlank());
    }
}
