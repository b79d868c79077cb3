package kz.gov.rehab.certificate.presystem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import kz.gov.rehab.commons.refusal.InvalidInput;
import kz.gov.rehab.commons.refusal.Violation;

/**
 * Reads an import file into rows, numbered from 1 (the first data row). CSV (RFC 4180: comma
 * separated, fields with commas, quotes or line breaks in double quotes, a quote doubled) with a
 * header line naming the columns of {@link RegisterRow#COLUMNS}; or a JSON array of objects with
 * those members. A file that cannot be read at all, or names a column that does not exist, is
 * refused as a whole (invalid input): no row is looked at.
 */
final class RegisterFile {

    private RegisterFile() {
    }

    static List<RegisterRow> read(ImportFormat format, byte[] content, ObjectMapper json) {
        return format == ImportFormat.JSON ? json(content, json) : csv(new String(content, StandardCharsets.UTF_8));
    }

    private static List<RegisterRow> json(byte[] content, ObjectMapper json) {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw unreadable("not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw unreadable("not readable");
        }
        if (root == null || !root.isArray()) {
            throw unreadable("a JSON array of rows is expected");
        }
        List<RegisterRow> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode node : root) {
            number++;
            if (!node.isObject()) {
                throw unreadable("row " + number + " is not a JSON object");
            }
            Map<String, String> values = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                var field = fields.next();
                known(field.getKey());
                values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
            }
            rows.add(RegisterRow.of(number, values));
        }
        return rows;
    }

    private static List<RegisterRow> csv(String text) {
        List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
        if (records.isEmpty()) {
            throw unreadable("a header line is expected");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        header.forEach(RegisterFile::known);
        List<RegisterRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                throw unreadable("row " + i + " has " + record.size() + " fields, the header " + header.size());
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), record.get(c));
            }
            rows.add(RegisterRow.of(i, values));
        }
        return rows;
    }

    /** RFC 4180 records. */
    private static List<List<String>> records(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw unreadable("a quoted field is not closed");
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    private static void known(String column) {
        if (!RegisterRow.COLUMNS.contains(column)) {
            throw unreadable("unknown column '" + column + "'; the columns are " + String.join(", ", RegisterRow.COLUMNS));
        }
    }

    private static InvalidInput unreadable(String why) {
        return new InvalidInput("The import file cannot be read", List.of(new Violation("file", why)));
    }
}
