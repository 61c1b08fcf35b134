// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A guard a step must pass before the dossier leaves it, e.g. {@code public-posting} with
 * {@code days=2, unit=WORKING_DAYS}. The type names a {@code StepGuard} known to the workflow.
 *
 * @param type   the guard type
 * @param params the guard's parameters
 */
public record GuardSpec(String type, Map<String, String> params) {

    /** The public-posting guard type (NĐ 20/2021: posted for 2 working days, complaints recorded). */
    public static final String PUBLIC_POSTING = "public-posting";

    /** Copies the parameters in a stable order. */
    public GuardSpec {
        Objects.requireNonNull(type, "type");
        params = Map.copyOf(params == null ? Map.of() : params);
    }

    /** @return a public-posting guard of {@code days} in {@code unit} */
    public static GuardSpec publicPosting(int days, org.motcua.core.calendar.DurationUnit unit) {
        return new GuardSpec(PUBLIC_POSTING, Map.of("days", Integer.toString(days), "unit", unit.name()));
    }

    /** @return the text form stored with a dossier, e.g. {@code public-posting(days=2,unit=WORKING_DAYS)} */
    public String encode() {
        return type + new TreeMap<>(params).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** @return the guard read back from {@link #encode()} */
    public static GuardSpec decode(String text) {
        int open = text.indexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            return new GuardSpec(text.trim(), Map.of());
        }
        Map<String, String> params = new TreeMap<>();
        String inner = text.substring(open + 1, text.length() - 1);
        if (!inner.isBlank()) {
            for (String pair : inner.split(",")) {
                int eq = pair.indexOf('=');
                params.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return new GuardSpec(text.substring(0, open).trim(), params);
    }
}
