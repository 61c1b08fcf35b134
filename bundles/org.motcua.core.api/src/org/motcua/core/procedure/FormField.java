// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.procedure;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An extra form field of a procedure (beyond the applicant and the papers), e.g. the land parcel or the
 * degree of disability. Built with the factories and refined with {@link #required()}, {@link #rule} and
 * {@link #example}; checked by {@link FormValidation}. A dossier keeps the value with the label and type of
 * the day it was received.
 *
 * @param key      the stable key the value is stored under ({@code [a-zA-Z][a-zA-Z0-9_.]*}, at most 60)
 * @param labelVi  the Vietnamese label
 * @param labelEn  the English label
 * @param type     the kind of value
 * @param isRequired whether a complete dossier must give it
 * @param options  the options of a {@link FieldType#CHOICE} field (empty otherwise)
 * @param rule     the procedure's own check, or {@code null}
 * @param example  a valid example shown as a hint, or {@code null}
 * @param composite the parts of a {@link FieldType#COMPOSITE} field ({@code null} otherwise)
 */
public record FormField(String key, String labelVi, String labelEn, FieldType type, boolean isRequired,
        List<FieldOption> options, FieldRule rule, String example, FieldComposite composite) {

    /** Checks and copies the fields. */
    public FormField {
        Objects.requireNonNull(key, "key");
        if (!key.matches("[a-zA-Z][a-zA-Z0-9_.]{0,59}")) {
            throw new IllegalArgumentException("bad field key: " + key);
        }
        Objects.requireNonNull(labelVi, "labelVi");
        labelEn = labelEn == null ? labelVi : labelEn;
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options == null ? List.of() : options);
        if ((type == FieldType.CHOICE) == options.isEmpty()) {
            throw new IllegalArgumentException("field " + key + ": options are for (and needed by) a choice");
        }
        if (options.stream().map(FieldOption::code).distinct().count() != options.size()) {
            throw new IllegalArgumentException("field " + key + ": duplicate option code");
        }
        if ((type == FieldType.COMPOSITE) == (composite == null)) {
            throw new IllegalArgumentException("field " + key + ": parts are for (and needed by) a composite");
        }
    }

    private static FormField of(String key, String labelVi, String labelEn, FieldType type) {
        return new FormField(key, labelVi, labelEn, type, false, List.of(), null, null, null);
    }

    /** @return an optional free-text field */
    public static FormField text(String key, String labelVi, String labelEn) {
        return of(key, labelVi, labelEn, FieldType.TEXT);
    }

    /** @return an optional decimal-number field */
    public static FormField number(String key, String labelVi, String labelEn) {
        return of(key, labelVi, labelEn, FieldType.NUMBER);
    }

    /** @return an optional amount in đồng */
    public static FormField money(String key, String labelVi, String labelEn) {
        return of(key, labelVi, labelEn, FieldType.MONEY);
    }

    /** @return an optional date */
    public static FormField date(String key, String labelVi, String labelEn) {
        return of(key, labelVi, labelEn, FieldType.DATE);
    }

    /** @return an optional choice among {@code options} */
    public static FormField choice(String key, String labelVi, String labelEn, FieldOption... options) {
        return new FormField(key, labelVi, labelEn, FieldType.CHOICE, false, List.of(options), null, null, null);
    }

    /** @return an optional citizen identity number (CCCD, or CMND) */
    public static FormField citizenId(String key, String labelVi, String labelEn) {
        return of(key, labelVi, labelEn, FieldType.CITIZEN_ID);
    }

    /**
     * @return an optional field made of {@code parts} written with {@code separator} (each part required
     *         when the field is given); shown as the parts joined, or as {@link #display} says
     */
    public static FormField composite(String key, String labelVi, String labelEn, String separator,
            FormField... parts) {
        return new FormField(key, labelVi, labelEn, FieldType.COMPOSITE, false, List.of(), null, null,
                new FieldComposite(separator, List.of(parts), null, null));
    }

    /**
     * @return the same composite, shown with these patterns ({@code {0}}, {@code {1}}… are the parts'
     *         shown values), e.g. {@code "Tờ bản đồ số {0}, thửa đất số {1}"}
     */
    public FormField display(String patternVi, String patternEn) {
        if (composite == null) {
            throw new IllegalStateException("field " + key + " is not a composite");
        }
        return new FormField(key, labelVi, labelEn, type, isRequired, options, rule, example,
                new FieldComposite(composite.separator(), composite.parts(), patternVi, patternEn));
    }

    /** @return the same field, required in a complete dossier */
    public FormField required() {
        return new FormField(key, labelVi, labelEn, type, true, options, rule, example, composite);
    }

    /** @return the same field with the procedure's own check */
    public FormField rule(FieldRule value) {
        return new FormField(key, labelVi, labelEn, type, isRequired, options, value, example, composite);
    }

    /** @return the same field with a valid example, shown as a hint at the desk */
    public FormField example(String value) {
        return new FormField(key, labelVi, labelEn, type, isRequired, options, rule, value, composite);
    }

    /** @return the label in {@code locale} (Vietnamese unless English is asked) */
    public String label(Locale locale) {
        return isEnglish(locale) ? labelEn : labelVi;
    }

    /** @return the option with {@code code} */
    public Optional<FieldOption> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
