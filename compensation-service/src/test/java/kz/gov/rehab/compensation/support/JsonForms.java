package kz.gov.rehab.compensation.support;

import java.util.Map;

/** Builds a form's JSON from its members (name → JSON value), with overrides such as {@code "surname":"X"}. */
final class JsonForms {

    private JsonForms() {
    }

    static String json(Map<String, String> members, String... overrides) {
        for (String override : overrides) {
            int colon = override.indexOf("\":");
            members.put(override.substring(1, colon), override.substring(colon + 2));
        }
        StringBuilder json = new StringBuilder("{");
        members.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name)
                .append("\":").append(value));
        return json.append('}').toString();
    }
}
