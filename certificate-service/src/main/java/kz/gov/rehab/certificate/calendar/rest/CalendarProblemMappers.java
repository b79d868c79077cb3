package kz.gov.rehab.certificate.calendar.rest;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.gov.rehab.certificate.calendar.CalendarYearAlreadyExistsException;
import kz.gov.rehab.certificate.calendar.CalendarYearNotCoveredException;
import kz.gov.rehab.certificate.calendar.InvalidCalendarDayException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The calendar's refusals as RFC 9457 problem details. */
public class CalendarProblemMappers {

    @ServerExceptionMapper
    public Response notCovered(CalendarYearNotCoveredException e) {
        Map<String, Object> problem = problem("calendar-year-not-covered", "No working-day calendar for that year", 422, e.getMessage());
        problem.put("year", e.year());
        return answer(problem);
    }

    @ServerExceptionMapper
    public Response notFound(CalendarYearNotFoundException e) {
        return answer(problem("not-found", "Not found", 404, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response exists(CalendarYearAlreadyExistsException e) {
        return answer(problem("calendar-year-exists", "The year is already recorded", 409, e.getMessage()));
    }

    @ServerExceptionMapper
    public Response invalidDay(InvalidCalendarDayException e) {
        return answer(problem("invalid-calendar-day", "A listed day is not valid", 400, e.getMessage()));
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://rehab.gov.kz/problems/" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    private static Response answer(Map<String, Object> problem) {
        return Response.status((Integer) problem.get("status")).type("application/problem+json").entity(problem).build();
    }
}
