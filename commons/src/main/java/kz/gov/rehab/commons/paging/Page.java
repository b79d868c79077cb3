package kz.gov.rehab.commons.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items in the list's stable order, which page of what size, how many items
 * the whole list has, and the links (path and query, relative to the host the caller used) to the
 * next and the previous page, absent on the last and the first page. The same links go out as an
 * RFC 8288 {@code Link} header ({@link PageLinks}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,
        @Schema(description = "The page, counted from 0", example = "0") int page,
        @Schema(description = "Items per page as asked (the last page may hold fewer)", example = "20") int size,
        @Schema(description = "Items of the whole list", example = "42") long totalItems,
        @Schema(description = "The next page (path and query); absent on the last page",
                example = "/api/v1/compensations/payout-batches?page=1&size=20") String next,
        @Schema(description = "The previous page (path and query); absent on the first page") String prev) {

    public Page {
        items = List.copyOf(items);
    }
}
