package kz.gov.rehab.commons.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of a list endpoint, taken with
 * {@code @BeanParam Paging paging}, and the one way the services cut a list into pages. The list's
 * query must order by a unique key, so that pages neither overlap nor skip an item.
 */
public class Paging {

    @QueryParam(PageRequest.PAGE)
    @Parameter(description = "The page, counted from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "1000000", defaultValue = "0"))
    String page;

    @QueryParam(PageRequest.SIZE)
    @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "100", defaultValue = "20"))
    String size;

    @Context
    UriInfo uri;

    public Paging() {
    }

    /** For callers outside a request (tests): the parameters as given and the request's URI. */
    public Paging(String page, String size, UriInfo uri) {
        this.page = page;
        this.size = size;
        this.uri = uri;
    }

    /** The page asked for; 400 problem naming the parameter when it is not valid. */
    public PageRequest request() {
        return PageRequest.of(page, size);
    }

    /** The asked page of a database query (which orders by a unique key), each row shown as a view. */
    public <E, T> Page<T> of(PanacheQuery<E> query, Function<? super E, ? extends T> view) {
        PageRequest asked = request();
        long total = query.count();
        List<E> rows = asked.offset() >= total ? List.of()
                : query.range((int) asked.offset(), (int) Math.min(total, asked.offset() + asked.size()) - 1).list();
        return page(asked, rows.stream().<T>map(view).toList(), total);
    }

    /** The asked page of a list already in memory and in its stable order (short lists only: rules, versions, one item's history). */
    public <T> Page<T> of(List<T> all) {
        PageRequest asked = request();
        int from = (int) Math.min(all.size(), asked.offset());
        int to = (int) Math.min(all.size(), asked.offset() + asked.size());
        return page(asked, all.subList(from, to), all.size());
    }

    private <T> Page<T> page(PageRequest asked, List<T> items, long total) {
        boolean more = asked.offset() + items.size() < total && !items.isEmpty();
        String next = more ? link(asked.page() + 1, asked.size()) : null;
        long lastPage = total == 0 ? 0 : (total - 1) / asked.size();
        String prev = asked.page() == 0 ? null : link((int) Math.min(asked.page() - 1, lastPage), asked.size());
        return new Page<>(items, asked.page(), asked.size(), total, next, prev);
    }

    /** Path and query of the same request for another page: the gateway keeps the path, so the link works through it. */
    private String link(int page, int size) {
        URI other = uri.getRequestUriBuilder().replaceQueryParam(PageRequest.PAGE, page)
                .replaceQueryParam(PageRequest.SIZE, size).build();
        return other.getRawPath() + "?" + other.getRawQuery();
    }
}
