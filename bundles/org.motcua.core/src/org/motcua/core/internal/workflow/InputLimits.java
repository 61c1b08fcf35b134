// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;

import org.motcua.core.MotCuaException;
import org.motcua.core.i18n.Localized;
import org.motcua.core.internal.model.ActionRecordEntity;
import org.motcua.core.internal.model.CalendarDayEntity;
import org.motcua.core.internal.model.ControlSlipRowEntity;
import org.motcua.core.internal.model.DepartmentEntity;
import org.motcua.core.internal.model.DossierDocumentEntity;
import org.motcua.core.internal.model.DossierEntity;
import org.motcua.core.internal.model.DossierFieldEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.PostingRecordEntity;
import org.motcua.core.internal.model.SupplementItemEntity;
import org.motcua.core.internal.model.SupplementRequestEntity;
import org.motcua.core.internal.model.TransferEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.org.OfficeData;
import org.motcua.core.validation.PhoneNumberValidator;
import org.motcua.core.validation.ValidationResult;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DocumentItem;
import org.motcua.core.workflow.Note;
import org.motcua.core.workflow.ReceiveRequest;

/**
 * The free-text inputs of the core's operations and what they may hold, checked at the entry of each
 * operation (before its transaction starts), so that a value the database cannot store is refused with a
 * keyed message instead of failing half-way with a persistence exception.
 * <p>
 * Each input's limit is read from the {@link Column#length()} of every column the engine stores it in (the
 * entity mapping is the one place a size is written; Liquibase creates the same sizes). A note stores its
 * inputs as arguments of a message key ({@code org.motcua.core.workflow.Note}, joined by U+001F); where an input
 * shares the arguments column with others (the dates of an apology, the codes of a correction), the column keeps
 * {@link #LABEL_ROOM} characters for them. Lengths count UTF-16 chars ({@link String#length()}),
 * the unit H2's {@code VARCHAR(n)} counts: an emoji outside the basic plane counts as two. PostgreSQL counts
 * code points, never more than chars, so a value that passes fits both databases.
 * <p>
 * Control characters are refused (tab, line feed and carriage return only in multi-line notes and reasons),
 * and so is half of a surrogate pair (PostgreSQL cannot encode it). Right-to-left marks, zero-width joiners
 * and emoji are ordinary text and are stored intact.
 */
public final class InputLimits {

    /** Characters a note's arguments column keeps for the other arguments stored beside an input. */
    public static final int LABEL_ROOM = 200;

    /** The free-text inputs, each with its name's message key, its limit and whether it may span lines. */
    public enum Input {
        /** Họ tên người nộp (or the organisation's name). */
        APPLICANT_NAME(false, column(DossierEntity.class, "applicantName")),
        /** CCCD / CMND number, counted without its spaces as it is stored. */
        APPLICANT_ID_NUMBER(false, column(DossierEntity.class, "applicantIdNumber")),
        /** Phone number, counted as stored (normalised). */
        APPLICANT_PHONE(false, column(DossierEntity.class, "applicantPhone")),
        /** E-mail address. */
        APPLICANT_EMAIL(false, column(DossierEntity.class, "applicantEmail")),
        /** Postal address. */
        APPLICANT_ADDRESS(false, column(DossierEntity.class, "applicantAddress")),
        /** The TTHC code typed or chosen at the desk. */
        PROCEDURE_CODE(false, column(DossierEntity.class, "procedureCode")),
        /** The name of a paper of the reception checklist. */
        DOCUMENT_NAME(false, column(DossierDocumentEntity.class, "name")),
        /** The value of a procedure's extra form field (one line, as the form's fields are). */
        FIELD_VALUE(false, column(DossierFieldEntity.class, "value")),
        /** The reason of a refusal at reception (Mẫu 03). */
        REFUSE_REASON(true, column(DossierEntity.class, "closingReason"), column(ActionRecordEntity.class, "noteArgs")),
        /** The reason of a withdrawal or a stop (stop notice). */
        CLOSING_REASON(true, column(DossierEntity.class, "closingReason"), column(TransferEntity.class, "reason"),
                column(ActionRecordEntity.class, "noteArgs")),
        /** The papers a supplement request (Mẫu 02) asks for, together ("; " between them). */
        SUPPLEMENT_ITEMS(false, column(SupplementRequestEntity.class, "items"),
                column(ControlSlipRowEntity.class, "noteArgs"), column(SupplementItemEntity.class, "name")),
        /** The reason of a supplement request. */
        SUPPLEMENT_REASON(true, column(SupplementRequestEntity.class, "reason"), column(ActionRecordEntity.class, "noteArgs"),
                column(SupplementItemEntity.class, "otherReason")),
        /** The note of a forward. */
        FORWARD_NOTE(true, column(ActionRecordEntity.class, "noteArgs")),
        /** The reason of a recall. */
        RECALL_REASON(true, column(ActionRecordEntity.class, "noteArgs"), column(TransferEntity.class, "reason"),
                column(ControlSlipRowEntity.class, "recallArgs")),
        /** The reason of a return to the previous step. */
        RETURN_REASON(true, column(ActionRecordEntity.class, "noteArgs"), column(ControlSlipRowEntity.class, "noteArgs")),
        /** The reason an office returns an inter-level dossier. */
        TRANSFER_RETURN_REASON(true, column(ActionRecordEntity.class, "noteArgs"), column(TransferEntity.class, "reason"),
                column(ControlSlipRowEntity.class, "noteArgs")),
        /** The note sent with the tax-information slip. */
        FINANCIAL_NOTE(true, column(ActionRecordEntity.class, "noteArgs")),
        /** Where the public posting was made. */
        POSTING_PLACE(false, column(PostingRecordEntity.class, "place"), labelled(ActionRecordEntity.class, "noteArgs")),
        /** The complaints received during the posting. */
        POSTING_COMPLAINTS(true, column(PostingRecordEntity.class, "complaints")),
        /** The reason of an apology and re-appointment (Mẫu 04). */
        APOLOGY_REASON(true, labelled(ActionRecordEntity.class, "noteArgs")),
        /** The note of the finish of processing. */
        FINISH_NOTE(true, column(ActionRecordEntity.class, "noteArgs")),
        /** The note of the return of the result. */
        RETURN_RESULT_NOTE(true, column(ActionRecordEntity.class, "noteArgs")),
        /** The reason of a procedure correction. */
        CORRECTION_REASON(true, labelled(ActionRecordEntity.class, "noteArgs")),
        /** An office's agency code. */
        OFFICE_CODE(false, column(OfficeEntity.class, "code")),
        /** An office's name. */
        OFFICE_NAME(false, column(OfficeEntity.class, "name")),
        /** An office's working periods, e.g. 07:00-11:30,13:30-17:00. */
        WORKING_PERIODS(false, column(OfficeEntity.class, "workingPeriods"),
                column(org.motcua.core.internal.model.OfficeSettingEntity.class, "workingPeriods")),
        /** The decision an office's receipt cut-off comes from. */
        CUT_OFF_BASIS(false, column(org.motcua.core.internal.model.OfficeSettingEntity.class, "cutOffBasis")),
        /** A department's code. */
        DEPARTMENT_CODE(false, column(DepartmentEntity.class, "code"), column(ActionRecordEntity.class, "actorDepartment")),
        /** A department's name. */
        DEPARTMENT_NAME(false, column(DepartmentEntity.class, "name")),
        /** A user's sign-in name. */
        USER_NAME(false, column(UserEntity.class, "username")),
        /** A user's full name. */
        USER_FULL_NAME(false, column(UserEntity.class, "fullName")),
        /** What a holiday or make-up working day is. */
        CALENDAR_NOTE(false, column(CalendarDayEntity.class, "note")),
        /** The official notice a calendar day comes from. */
        CALENDAR_NOTICE(false, column(CalendarDayEntity.class, "notice"));

        private final boolean multiLine;
        private final int limit;

        Input(boolean multiLine, int... limits) {
            this.multiLine = multiLine;
            int smallest = Integer.MAX_VALUE;
            for (int l : limits) {
                smallest = Math.min(smallest, l);
            }
            this.limit = smallest;
        }

        /** @return the most characters (UTF-16 chars) the input may have */
        public int limit() {
            return limit;
        }

        /** @return whether tab and line breaks are allowed */
        public boolean multiLine() {
            return multiLine;
        }

        /** @return the key of the input's name in the core's texts, e.g. {@code input.applicantName} */
        public String labelKey() {
            StringBuilder key = new StringBuilder("input.");
            boolean upper = false;
            for (char ch : name().toLowerCase(Locale.ROOT).toCharArray()) {
                if (ch == '_') {
                    upper = true;
                } else {
                    key.append(upper ? Character.toUpperCase(ch) : ch);
                    upper = false;
                }
            }
            return key.toString();
        }
    }

    private InputLimits() {
    }

    // ---- the operations' entries ---------------------------------------------------------------------

    /** Checks what the desk typed to receive a dossier (applicant, checklist, form fields). */
    public static void check(ReceiveRequest request) {
        if (request == null) {
            return;
        }
        check(Input.PROCEDURE_CODE, request.procedureCode());
        check(request.applicant());
        for (DocumentItem item : request.documents()) {
            if (item != null) {
                check(Input.DOCUMENT_NAME, item.name());
            }
        }
        checkFields(request.fieldValues());
    }

    /** Checks a receipt of an incomplete dossier: the request and its supplement request. */
    public static void checkIncomplete(ReceiveRequest request, List<String> missingItems, String reason) {
        check(request);
        checkItems(missingItems);
        check(Input.SUPPLEMENT_REASON, reason);
    }

    /** Checks a refusal at reception: the request and the reason. */
    public static void checkRefusal(ReceiveRequest request, String reason) {
        check(request);
        check(Input.REFUSE_REASON, reason);
    }

    /** Checks the free text of an action on a dossier. */
    public static void check(ActionRequest request) {
        switch (request) {
            case ActionRequest.Forward r -> check(Input.FORWARD_NOTE, r.note());
            case ActionRequest.Recall r -> check(Input.RECALL_REASON, r.reason());
            case ActionRequest.ReturnToPreviousStep r -> check(Input.RETURN_REASON, r.reason());
            case ActionRequest.ReturnForCorrection r -> check(Input.RETURN_REASON, r.reason());
            case ActionRequest.ReturnTransfer r -> check(Input.TRANSFER_RETURN_REASON, r.reason());
            case ActionRequest.RequestSupplement r -> {
                checkItems(r.items().stream().map(i -> i == null ? null : i.name()).toList());
                check(Input.SUPPLEMENT_REASON, r.reason());
                r.items().stream().filter(java.util.Objects::nonNull)
                        .forEach(i -> check(Input.SUPPLEMENT_REASON, i.otherReason()));
            }
            case ActionRequest.RequestFinancialObligation r -> check(Input.FINANCIAL_NOTE, r.note());
            case ActionRequest.RecordPosting r -> {
                check(Input.POSTING_PLACE, r.place());
                check(Input.POSTING_COMPLAINTS, r.complaints());
            }
            case ActionRequest.Apologize r -> check(Input.APOLOGY_REASON, r.reason());
            case ActionRequest.Withdraw r -> check(Input.CLOSING_REASON, r.reason());
            case ActionRequest.Stop r -> check(Input.CLOSING_REASON, r.reason());
            case ActionRequest.CloseLegacy r -> check(Input.CLOSING_REASON, r.reason());
            case ActionRequest.Finish r -> check(Input.FINISH_NOTE, r.note());
            case ActionRequest.ReturnResult r -> check(Input.RETURN_RESULT_NOTE, r.note());
            case ActionRequest.CorrectProcedure r -> {
                check(Input.PROCEDURE_CODE, r.procedureCode());
                check(Input.CORRECTION_REASON, r.reason());
                checkFields(r.fieldValues());
            }
            case ActionRequest.HandOver r -> {
                // no text
            }
            case ActionRequest.Take r -> {
                // no text
            }
            case ActionRequest.AcceptTransfer r -> {
                // no text
            }
            case ActionRequest.SupplementReceived r -> {
                // no text
            }
            case ActionRequest.ConfirmPayment r -> {
                // no text
            }
            case ActionRequest.HandToSuccessor r -> {
                // no text
            }
            case null -> {
                // the engine refuses a missing request itself
            }
        }
    }

    /** Checks an office as an administrator entered it. */
    public static void check(OfficeData office) {
        if (office == null) {
            return;
        }
        check(Input.OFFICE_CODE, office.code());
        check(Input.OFFICE_NAME, office.name());
        check(Input.WORKING_PERIODS, office.workingPeriods());
    }

    /** Checks a department's code and name. */
    public static void checkDepartment(String code, String name) {
        check(Input.DEPARTMENT_CODE, code);
        check(Input.DEPARTMENT_NAME, name);
    }

    /** Checks a user's sign-in name and full name. */
    public static void checkUser(String username, String fullName) {
        check(Input.USER_NAME, username);
        check(Input.USER_FULL_NAME, fullName);
    }

    /** Checks the text of an office's calendar settings. */
    public static void check(org.motcua.core.org.OfficeSettings settings) {
        check(Input.WORKING_PERIODS, settings.workingPeriods());
        check(Input.CUT_OFF_BASIS, settings.cutOffBasis());
    }

    /** Checks a calendar day's note and notice. */
    public static void checkCalendarDay(String note, String notice) {
        check(Input.CALENDAR_NOTE, note);
        check(Input.CALENDAR_NOTICE, notice);
    }

    private static void check(ApplicantData applicant) {
        if (applicant == null) {
            return;
        }
        check(Input.APPLICANT_NAME, applicant.name());
        String id = applicant.idNumber();
        check(Input.APPLICANT_ID_NUMBER, id == null ? null : id.replaceAll("[ \t]", ""));
        String phone = applicant.phone();
        if (phone != null && !phone.isBlank()) {
            ValidationResult<String> normalised = PhoneNumberValidator.validate(phone);
            // an invalid number is refused by the engine with the validator's own message
            checkCharacters(Input.APPLICANT_PHONE, phone);
            check(Input.APPLICANT_PHONE, normalised.isValid() ? normalised.orElseThrow() : null);
        }
        check(Input.APPLICANT_EMAIL, applicant.email());
        check(Input.APPLICANT_ADDRESS, applicant.address());
    }

    private static void checkItems(List<String> items) {
        if (items == null) {
            return;
        }
        int total = 0;
        for (String item : items) {
            if (item != null) {
                checkCharacters(Input.SUPPLEMENT_ITEMS, item);
                total += (total == 0 ? 0 : 2) + item.trim().length();
            }
        }
        if (total > Input.SUPPLEMENT_ITEMS.limit()) {
            throw tooLong(Input.SUPPLEMENT_ITEMS, total);
        }
    }

    private static void checkFields(Map<String, String> values) {
        if (values == null) {
            return;
        }
        for (String value : values.values()) {
            check(Input.FIELD_VALUE, value);
        }
    }

    // ---- the rules -------------------------------------------------------------------------------------

    /**
     * Refuses {@code value} with a keyed {@link MotCuaException} when it holds a character the input does not
     * allow or is longer than its limit; {@code null} passes (required inputs are checked by the operation).
     *
     * @return {@code value}
     */
    public static String check(Input input, String value) {
        if (value == null) {
            return null;
        }
        checkCharacters(input, value);
        if (value.length() > input.limit()) {
            throw tooLong(input, value.length());
        }
        return value;
    }

    private static void checkCharacters(Input input, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a whole character outside the basic plane (an emoji): stored as it is
            } else if (Character.isSurrogate(ch)) {
                throw new MotCuaException("input.brokenCharacter", new Localized(input.labelKey()), i + 1);
            } else if (ch == '\n' || ch == '\r' || ch == '\t' || ch == '\u2028' || ch == '\u2029') {
                if (!input.multiLine()) {
                    throw new MotCuaException("input.lineBreak", new Localized(input.labelKey()));
                }
            } else if (Character.getType(ch) == Character.CONTROL) {
                throw new MotCuaException("input.controlCharacter", new Localized(input.labelKey()),
                        String.format(Locale.ROOT, "U+%04X", (int) ch), i + 1);
            }
        }
    }

    private static MotCuaException tooLong(Input input, int length) {
        return new MotCuaException("input.tooLong", new Localized(input.labelKey()), length, input.limit());
    }

    // ---- the limits ------------------------------------------------------------------------------------

    /** @return the length of the column {@code field} of {@code entity} is mapped to */
    static int column(Class<?> entity, String field) {
        try {
            Column column = entity.getDeclaredField(field).getAnnotation(Column.class);
            if (column == null) {
                throw new IllegalStateException(entity.getSimpleName() + "." + field + " has no @Column");
            }
            return column.length();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(entity.getSimpleName() + " has no field " + field, e);
        }
    }

    /** @return the room an input has in a column it is stored in behind a fixed label */
    static int labelled(Class<?> entity, String field) {
        return column(entity, field) - LABEL_ROOM;
    }

    /**
     * Checks that the columns holding texts the engine composes from inputs can hold the longest composition:
     * "department – office" (audit holders, control-slip agencies; the applicant is only a marker there), and
     * user names on the control slip.
     *
     * @return what does not fit, empty when all is well (a test keeps it empty)
     */
    public static List<String> compositionProblems() {
        List<String> problems = new ArrayList<>();
        // compose the longest texts the way the engine does
        OfficeEntity office = new OfficeEntity();
        office.setName("x".repeat(column(OfficeEntity.class, "name")));
        DepartmentEntity department = new DepartmentEntity();
        department.setName("x".repeat(column(DepartmentEntity.class, "name")));
        department.setOffice(office);
        int agency = ActionContext.agencyName(department).length();
        int applicant = Math.max(Note.APPLICANT_PARTY.length(), Note.TAX_OFFICE_PARTY.length());
        int person = column(UserEntity.class, "fullName");
        fits(problems, ActionRecordEntity.class, "fromHolder", agency);
        fits(problems, ActionRecordEntity.class, "toHolder", agency);
        fits(problems, ControlSlipRowEntity.class, "fromAgency", Math.max(agency, applicant));
        fits(problems, ControlSlipRowEntity.class, "toAgency", Math.max(agency, applicant));
        fits(problems, ControlSlipRowEntity.class, "handedOverBy", person);
        fits(problems, ControlSlipRowEntity.class, "receivedBy", person);
        return problems;
    }

    private static void fits(List<String> problems, Class<?> entity, String field, int needed) {
        int length = column(entity, field);
        if (length < needed) {
            problems.add(entity.getSimpleName() + "." + field + " holds " + length + " characters, needs " + needed);
        }
    }
}
