// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.motcua.core.i18n.Messages;
import org.motcua.core.validation.CitizenIdValidator;
import org.motcua.core.validation.ValidationProblem;
import org.motcua.core.validation.ValidationResult;
import org.motcua.core.validation.VietnameseDateParser;

/**
 * Checks the values of a procedure's {@link FormField}s: pure, the same at the desk (live, per field) and in
 * the core (all fields at receipt). Every problem is reported, none stops the others.
 */
public final class FormValidation {

    /** The longest text value kept. */
    public static final int MAX_TEXT = 500;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern MONEY_UNIT = Pattern.compile("(?i)\\s*(đồng|đ|vnđ|vnd|dong)$");
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * The outcome: the normalised values of the fields that were given, and the problems.
     *
     * @param values   the checked values, in the definition's order (only when given and valid)
     * @param problems every problem found, in the definition's order
     */
    public record Result(List<FieldValue> values, List<FieldProblem> problems) {

        /** Copies the lists. */
        public Result {
            values = List.copyOf(values);
            problems = List.copyOf(problems);
        }

        /** @return whether there is no problem */
        public boolean isValid() {
            return problems.isEmpty();
        }

        /** @return the problems joined by {@code "; "}, each with its field's label */
        public String describe(Locale locale) {
            return problems.stream().map(p -> p.describe(locale)).collect(Collectors.joining("; "));
        }
    }

    private FormValidation() {
    }

    /**
     * Checks every value against the fields.
     *
     * @param fields     the procedure's fields
     * @param values     the values by field key (blank = not given); a key the procedure lacks is a problem
     * @param receiptDay the day of receipt (dates after it may be refused by a rule; CMND validity)
     * @param complete   whether required fields must be given (a complete dossier); otherwise only the
     *                   values given are checked (a dossier refused or waiting for a supplement)
     * @return the values and problems
     */
    public static Result validate(List<FormField> fields, Map<String, String> values, LocalDate receiptDay,
            boolean complete) {
        Map<String, String> given = values == null ? Map.of() : new LinkedHashMap<>(values);
        List<FieldValue> ok = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField field : fields) {
            Result one = check(field, given.remove(field.key()), receiptDay, complete);
            ok.addAll(one.values());
            problems.addAll(one.problems());
        }
        for (String unknown : given.keySet()) {
            problems.add(problem(unknown, unknown, unknown, l -> Messages.get(l, "field.unknown")));
        }
        return new Result(ok, problems);
    }

    /** Checks one field's raw input (as the desk types it); see {@link #validate}. */
    public static Result check(FormField field, String raw, LocalDate receiptDay, boolean complete) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return field.isRequired() && complete ? invalid(field, l -> Messages.get(l, "field.required"))
                    : new Result(List.of(), List.of());
        }
        return switch (field.type()) {
            case TEXT -> text(field, text);
            case NUMBER -> number(field, text);
            case MONEY -> money(field, text);
            case DATE -> date(field, text, receiptDay);
            case CHOICE -> choice(field, text);
            case CITIZEN_ID -> citizenId(field, text, receiptDay);
            case COMPOSITE -> composite(field, text, receiptDay);
        };
    }

    private static Result text(FormField field, String text) {
        String value = text.replaceAll("\\s+", " ");
        if (value.length() > MAX_TEXT) {
            return invalid(field, l -> Messages.get(l, "field.tooLong", String.valueOf(MAX_TEXT)));
        }
        FieldRule rule = field.rule();
        if (rule != null && rule.pattern() != null && !value.matches(rule.pattern())) {
            return broken(field, rule);
        }
        return valid(field, value, value, value);
    }

    private static Result number(FormField field, String text) {
        String plain = text.replace(" ", "").replace(',', '.');
        if (!NUMBER.matcher(plain).matches()) {
            return invalid(field, l -> Messages.get(l, "field.number", text));
        }
        BigDecimal n = new BigDecimal(plain).stripTrailingZeros();
        if (outOfRange(field.rule(), n) || field.rule() != null && field.rule().pattern() != null
                && !plain.matches(field.rule().pattern())) {
            return broken(field, field.rule());
        }
        String value = n.toPlainString();
        return valid(field, value, value.replace('.', ','), value);
    }

    private static Result money(FormField field, String text) {
        String digits = MONEY_UNIT.matcher(text).replaceFirst("").replaceAll("[\\s.,]", "");
        if (!digits.matches("\\d{1,15}")) {
            return invalid(field, l -> Messages.get(l, "field.money", text));
        }
        BigDecimal n = new BigDecimal(digits);
        if (outOfRange(field.rule(), n)) {
            return broken(field, field.rule());
        }
        return valid(field, n.toPlainString(), grouped(n, '.') + " đ", grouped(n, ',') + " VND");
    }

    private static Result date(FormField field, String text, LocalDate receiptDay) {
        LocalDate date;
        if (ISO_DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (java.time.DateTimeException e) {
                return invalid(field, l -> Messages.get(l, "validation.date.format", text));
            }
        } else {
            ValidationResult<LocalDate> parsed = VietnameseDateParser.parse(text);
            if (!parsed.isValid()) {
                return invalid(field, parsed.problems().get(0)::message);
            }
            date = parsed.orElseThrow();
        }
        FieldRule rule = field.rule();
        if (rule != null && rule.notInFuture() && receiptDay != null && date.isAfter(receiptDay)) {
            return broken(field, rule);
        }
        String shown = VietnameseDateParser.format(date);
        return valid(field, date.toString(), shown, shown);
    }

    private static Result choice(FormField field, String text) {
        for (FieldOption o : field.options()) {
            if (o.code().equals(text) || o.labelVi().equalsIgnoreCase(text) || o.labelEn().equalsIgnoreCase(text)) {
                return valid(field, o.code(), o.labelVi(), o.labelEn());
            }
        }
        return invalid(field, l -> Messages.get(l, "field.choice", text, field.options().stream()
                .map(o -> FormField.isEnglish(l) ? o.labelEn() : o.labelVi()).collect(Collectors.joining(", "))));
    }

    private static Result citizenId(FormField field, String text, LocalDate receiptDay) {
        String id = text.replaceAll("\\s", "");
        // judged on the day of receipt, as the applicant's number is, not on the machine's clock
        CitizenIdValidator validator = receiptDay == null ? new CitizenIdValidator()
                : new CitizenIdValidator(java.time.Clock.fixed(receiptDay.atStartOfDay(VIETNAM).toInstant(), VIETNAM));
        ValidationResult<?> result = id.length() == 9
                ? validator.validateCmnd(id, receiptDay == null ? LocalDate.now(VIETNAM) : receiptDay)
                : validator.validateCccd(id);
        if (!result.isValid()) {
            ValidationProblem first = result.problems().get(0);
            return invalid(field, first::message);
        }
        return valid(field, id, id, id);
    }

    /** Splits at the separator and checks each part by its own type; the value keeps the separator. */
    private static Result composite(FormField field, String text, LocalDate receiptDay) {
        FieldComposite composite = field.composite();
        String[] pieces = text.split(Pattern.quote(composite.separator()), -1);
        String shape = composite.parts().stream().map(p -> p.labelVi()).collect(Collectors.joining(composite.separator()));
        String shapeEn = composite.parts().stream().map(p -> p.labelEn()).collect(Collectors.joining(composite.separator()));
        if (pieces.length != composite.parts().size()) {
            return invalid(field, l -> Messages.get(l, "field.composite", text, FormField.isEnglish(l) ? shapeEn : shape));
        }
        List<String> values = new ArrayList<>();
        List<String> shownVi = new ArrayList<>();
        List<String> shownEn = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            FormField part = composite.parts().get(i).required();
            Result one = check(part, pieces[i], receiptDay, true);
            if (!one.isValid()) {
                FieldProblem p = one.problems().get(0);
                return invalid(field, l -> Messages.get(l, "field.compositePart", part.label(l), p.message(l)));
            }
            FieldValue v = one.values().get(0);
            values.add(v.value());
            shownVi.add(v.displayVi());
            shownEn.add(v.displayEn());
        }
        String value = String.join(composite.separator(), values);
        return valid(field, value, shown(composite.displayVi(), shownVi, composite.separator()),
                shown(composite.displayEn(), shownEn, composite.separator()));
    }

    private static String shown(String pattern, List<String> parts, String separator) {
        if (pattern == null) {
            return String.join(separator, parts);
        }
        String out = pattern;
        for (int i = 0; i < parts.size(); i++) {
            out = out.replace("{" + i + "}", parts.get(i));
        }
        return out;
    }

    private static boolean outOfRange(FieldRule rule, BigDecimal n) {
        return rule != null && (rule.min() != null && n.compareTo(rule.min()) < 0
                || rule.max() != null && n.compareTo(rule.max()) > 0);
    }

    private static String grouped(BigDecimal n, char separator) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(separator);
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    private static Result valid(FormField field, String value, String displayVi, String displayEn) {
        return new Result(List.of(new FieldValue(field.key(), field.labelVi(), field.labelEn(), field.type(), value,
                displayVi, displayEn)), List.of());
    }

    private static Result invalid(FormField field, Function<Locale, String> message) {
        return new Result(List.of(), List.of(problem(field.key(), field.labelVi(), field.labelEn(), message)));
    }

    private static Result broken(FormField field, FieldRule rule) {
        return new Result(List.of(), List.of(new FieldProblem(field.key(), field.labelVi(), field.labelEn(),
                rule.messageVi(), rule.messageEn())));
    }

    private static FieldProblem problem(String key, String labelVi, String labelEn, Function<Locale, String> message) {
        return new FieldProblem(key, labelVi, labelEn, message.apply(Messages.VIETNAMESE),
                message.apply(Messages.ENGLISH));
    }
}
