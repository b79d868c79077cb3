package kz.gov.rehab.e2e.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The logs of the three applications as the end-to-end run started them (the production profile,
 * docs/operations.md): one JSON object per line, with a date, a time and a zone offset, and, on the
 * lines a request writes, its request id with trace and span ids (the gateway's access log also
 * the calling system); no full IIN.
 * Runs after the other tests ({@code @Order}), so the logs hold their requests. The log directory
 * comes from scripts/test.sh ({@code E2E_APPS_LOGS}); without it there is nothing to read.
 */
@Order(Integer.MAX_VALUE - 1)
class JsonLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?[+-]\\d{2}:\\d{2}");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9A-Za-z])\\d{12}(?![0-9A-Za-z])");

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "certificate-service", "compensation-service"})
    void everyLineIsJsonWithADateTimeAndZone_andRequestsCarryTheirIds(String application) throws IOException {
        String directory = System.getenv("E2E_APPS_LOGS");
        assumeTrue(directory != null && !directory.isBlank(), "E2E_APPS_LOGS names the applications' log directory");
        List<String> lines = Files.readAllLines(Path.of(directory, application + ".log"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        assertThat(lines).as("%s wrote its log", application).isNotEmpty();

        List<JsonNode> requestLines = new ArrayList<>();
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.isObject()).as("a JSON object per line: %s", line).isTrue();
            assertThat(entry.path("timestamp").asText()).as("ISO date, time and offset: %s", line).matches(TIMESTAMP);
            assertThat(entry.path("level").asText()).as("level: %s", line).isNotEmpty();
            assertThat(entry.path("loggerName").asText()).as("logger: %s", line).isNotEmpty();
            assertThat(fullIins(line)).as("IINs are masked: %s", line).isEmpty();
            if (entry.path("mdc").has("requestId")) {
                requestLines.add(entry.path("mdc"));
            }
        }
        assertThat(requestLines).as("a line a request writes carries its trace").allSatisfy(mdc -> {
            assertThat(mdc.path("traceId").asText()).hasSize(32);
            assertThat(mdc.path("spanId").asText()).hasSize(16);
        });
        if (application.equals("gateway")) {
            assertThat(requestLines).as("the gateway's access log names each request and its caller").isNotEmpty()
                    .anySatisfy(mdc -> assertThat(mdc.path("callingSystem").asText()).isNotEmpty());
        }
    }

    /** Twelve-digit numbers that are valid IINs (docs/law.md §4): date, century digit, check digit. */
    private static List<String> fullIins(String line) {
        List<String> found = new ArrayList<>();
        Matcher m = TWELVE_DIGITS.matcher(line);
        while (m.find()) {
            if (validIin(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static boolean validIin(String digits) {
        int month = Integer.parseInt(digits.substring(2, 4));
        int day = Integer.parseInt(digits.substring(4, 6));
        int century = digits.charAt(6) - '0';
        if (month < 1 || month > 12 || day < 1 || day > 31 || century < 1 || century > 6) {
            return false;
        }
        int check = weighted(digits, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        if (check == 10) {
            check = weighted(digits, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2});
        }
        return check != 10 && check == digits.charAt(11) - '0';
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
