// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.motcua.core.i18n.Messages;

/**
 * A note of the audit trail or the control slip (Mẫu 05/06): a message key of the core's texts with its
 * arguments, rendered in the reader's language by {@link #render(Locale)} (screens in the user's language,
 * printed official forms in Vietnamese); or, for a row written before notes were keyed (changeset
 * {@code motcua-0010}), the literal text it holds, shown as it is.
 * <p>
 * Arguments are what the note is about, never the applicant's personal data: ids and codes (dossier, office,
 * department, procedure, user name), ISO dates ({@code 2025-06-27}, {@code 2025-06-27T10:00}, rendered in the
 * reader's date format, see {@link #render(Locale)}), and the officer's own typed reason or note. The applicant
 * appears on the control slip only as the {@link #APPLICANT_PARTY} marker, rendered from the dossier when the
 * slip is read or printed ({@link #party(String, String)}).
 * <p>
 * Stored, the arguments are one column joined by {@link #SEPARATOR} (U+001F, the unit separator): the core
 * refuses control characters in every free-text input, so no argument holds one ({@link #encode(List)}).
 *
 * @param key  the message key in the core's texts, or {@code null} for a literal text
 * @param args the arguments of the key (empty for a literal text), never {@code null}
 * @param text the literal text of a row written before notes were keyed, or {@code null}
 */
public record Note(String key, List<String> args, String text) {

    /** No note. */
    public static final Note NONE = new Note(null, List.of(), null);

    /** Separates the stored arguments: a control character, which no free-text input may hold. */
    public static final char SEPARATOR = '\u001F';

    /** The control slip's party "the applicant", stored instead of the applicant's name. */
    public static final String APPLICANT_PARTY = "@applicant";

    /** The control slip's party "the tax office", where the office has no tax department of its own. */
    public static final String TAX_OFFICE_PARTY = "@taxOffice";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    /**
     * @param key  the message key, or {@code null} for a literal text
     * @param args the arguments ({@code null}: none; a {@code null} argument becomes an empty one)
     * @param text the literal text, or {@code null}
     */
    public Note {
        List<String> copy = new ArrayList<>();
        if (args != null) {
            args.forEach(a -> copy.add(a == null ? "" : a));
        }
        args = List.copyOf(copy);
        if (key != null && text != null) {
            throw new IllegalArgumentException("a note is a key with arguments or a literal text, not both");
        }
    }

    /**
     * @param key  a key of the core's texts
     * @param args its arguments: ids, codes, ISO dates, enum names, the officer's own words
     * @return the keyed note
     */
    public static Note of(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new Note(key, Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList(), null);
    }

    /** @return a literal text as a note ({@link #NONE} for {@code null} or an empty text) */
    public static Note text(String text) {
        return text == null || text.isEmpty() ? NONE : new Note(null, List.of(), text);
    }

    /**
     * @param key         the stored key ({@code note_key}), or {@code null} in a row written before keys
     * @param encodedArgs the stored arguments ({@code note_args}, {@link #encode(List) encoded})
     * @param legacyText  the stored literal text ({@code note}), shown when there is no key
     * @return the note of a stored row
     */
    public static Note stored(String key, String encodedArgs, String legacyText) {
        return key == null || key.isEmpty() ? text(legacyText) : new Note(key, decode(encodedArgs), null);
    }

    /**
     * @param stored    a stored control-slip party: an agency's name, {@link #APPLICANT_PARTY},
     *                  {@link #TAX_OFFICE_PARTY}, or a literal of a row written before (shown as it is)
     * @param applicant the dossier's applicant, read from the dossier when the slip is shown or printed
     * @return the party as a note
     */
    public static Note party(String stored, String applicant) {
        if (APPLICANT_PARTY.equals(stored)) {
            return of("slip.party.applicant", applicant);
        }
        if (TAX_OFFICE_PARTY.equals(stored)) {
            return of("slip.party.taxOffice");
        }
        return text(stored);
    }

    /** @return whether there is nothing to show */
    public boolean isEmpty() {
        return key == null && (text == null || text.isEmpty());
    }

    /**
     * Renders the note through the core's message catalogue ({@link Messages}). An argument that is an ISO date
     * or date and time is shown in the pattern of {@code note.format.date} / {@code note.format.dateTime} of
     * {@code locale}; every other argument as it is.
     *
     * @param locale the reader's language; {@code null} means Vietnamese
     * @return the text: the key's pattern with its arguments, the literal text of an old row, or {@code ""}
     */
    public String render(Locale locale) {
        if (key == null) {
            return text == null ? "" : text;
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = display(args.get(i), locale);
        }
        return Messages.get(locale, key, values);
    }

    /**
     * Renders notes side by side, "; " between those that are not empty (a slip row's note and its recall).
     *
     * @return the joined text, {@code ""} when all are empty
     */
    public static String render(Locale locale, Note... notes) {
        StringBuilder joined = new StringBuilder();
        for (Note note : notes) {
            String text = note == null ? "" : note.render(locale);
            if (!text.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : "; ").append(text);
            }
        }
        return joined.toString();
    }

    private static String display(String arg, Locale locale) {
        try {
            if (ISO_DATE_TIME.matcher(arg).matches()) {
                return LocalDateTime.parse(arg).format(DateTimeFormatter.ofPattern(
                        Messages.get(locale, "note.format.dateTime"), Locale.ROOT));
            }
            if (ISO_DATE.matcher(arg).matches()) {
                return LocalDate.parse(arg).format(DateTimeFormatter.ofPattern(
                        Messages.get(locale, "note.format.date"), Locale.ROOT));
            }
        } catch (DateTimeParseException | IllegalArgumentException notADate) {
            // shown as typed
        }
        return arg;
    }

    /**
     * @param args the arguments to store
     * @return them joined by {@link #SEPARATOR}, or {@code null} when there are none
     * @throws IllegalArgumentException when an argument holds the separator (the core refuses control characters)
     */
    public static String encode(List<String> args) {
        if (args == null || args.isEmpty()) {
            return null;
        }
        for (String arg : args) {
            if (arg.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a note argument holds the separator U+001F");
            }
        }
        return String.join(String.valueOf(SEPARATOR), args);
    }

    /** @return the arguments of a stored {@link #encode(List) encoded} column (empty for {@code null}) */
    public static List<String> decode(String encoded) {
        if (encoded == null) {
            return List.of();
        }
        return List.of(encoded.split(Pattern.quote(String.valueOf(SEPARATOR)), -1));
    }

    /** @return the stored form of the arguments ({@link #encode(List)}) */
    public String encodedArgs() {
        return encode(args);
    }
}
