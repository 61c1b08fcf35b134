// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.workflow;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.motcua.core.dossier.ActionType;

/** An action on an existing dossier, with what it needs. Each record names its {@link ActionType}. */
public sealed interface ActionRequest {

    /** @return the action type */
    ActionType type();

    /**
     * Builds the request of {@code type} from the values of its inputs ({@link ActionDescription#inputs()}), by
     * {@link ActionInput#key()}: text as typed, dates ISO ({@code 2025-06-02}, {@code 2025-06-02T16:00}), a
     * department id, a procedure code, {@link InputKind#LINES} one item a line. A blank value is absent; the
     * core says what is missing when the request is performed.
     *
     * @throws IllegalArgumentException for the actions that create a dossier (receive, refuse)
     */
    static ActionRequest of(ActionType type, Map<String, String> values) {
        java.util.function.Function<String, String> v = key -> {
            String value = values.get(key);
            return value == null || value.isBlank() ? null : value.trim();
        };
        java.util.function.ToLongFunction<String> id = key -> v.apply(key) == null ? -1 : Long.parseLong(v.apply(key));
        java.util.function.Function<String, LocalDate> date = key -> v.apply(key) == null ? null : LocalDate.parse(v.apply(key));
        return switch (type) {
            case HAND_OVER -> new HandOver(id.applyAsLong("target"));
            case TAKE -> new Take();
            case FORWARD -> new Forward(id.applyAsLong("target"), v.apply("note"));
            case RECALL -> new Recall(v.apply("reason"));
            case RETURN_TO_PREVIOUS_STEP -> new ReturnToPreviousStep(v.apply("reason"));
            case RETURN_FOR_CORRECTION -> new ReturnForCorrection(v.apply("reason"));
            case ACCEPT_TRANSFER -> new AcceptTransfer();
            case RETURN_TRANSFER -> new ReturnTransfer(v.apply("reason"));
            case REQUEST_SUPPLEMENT -> new RequestSupplement(v.apply("items") == null ? List.of()
                    : v.apply("items").lines().map(String::trim).filter(s -> !s.isEmpty()).map(SupplementItem::parse)
                            .toList(), v.apply("reason"), date.apply("citizenDue"));
            case SUPPLEMENT_RECEIVED -> new SupplementReceived();
            case REQUEST_FINANCIAL_OBLIGATION -> new RequestFinancialObligation(v.apply("note"));
            case CONFIRM_PAYMENT -> new ConfirmPayment();
            case RECORD_POSTING -> new RecordPosting(date.apply("start"), date.apply("end"), v.apply("place"),
                    v.apply("complaints"));
            case APOLOGIZE -> new Apologize(v.apply("newDue") == null ? null : LocalDateTime.parse(v.apply("newDue")),
                    v.apply("reason"));
            case WITHDRAW -> new Withdraw(v.apply("reason"));
            case STOP -> new Stop(v.apply("reason"));
            case FINISH -> new Finish(v.apply("note"));
            case RETURN_RESULT -> new ReturnResult(v.apply("note"));
            case CORRECT_PROCEDURE -> new CorrectProcedure(v.apply("procedure"), v.apply("reason"));
            case CLOSE_LEGACY -> new CloseLegacy(v.apply("reason"));
            case HAND_TO_SUCCESSOR -> new HandToSuccessor();
            case RECEIVE, REFUSE -> throw new IllegalArgumentException(type + " creates a dossier: WorkflowService.receive or refuse");
        };
    }

    /** The desk hands the received dossier to a department of the first processing step. */
    record HandOver(long departmentId) implements ActionRequest {
        public ActionType type() { return ActionType.HAND_OVER; }
    }

    /** The holder department takes the dossier handed to it. */
    record Take() implements ActionRequest {
        public ActionType type() { return ActionType.TAKE; }
    }

    /** Forward to a department of the next step (in this office or, inter-level, in another). */
    record Forward(long departmentId, String note) implements ActionRequest {
        public ActionType type() { return ActionType.FORWARD; }
    }

    /** The last sender pulls the dossier back before the receiver acts. */
    record Recall(String reason) implements ActionRequest {
        public ActionType type() { return ActionType.RECALL; }
    }

    /** Send the dossier back to the previous step's department. */
    record ReturnToPreviousStep(String reason) implements ActionRequest {
        public ActionType type() { return ActionType.RETURN_TO_PREVIOUS_STEP; }
    }

    /** The holder sends the dossier back to its receiving desk to correct a wrong procedure, with the reason. */
    record ReturnForCorrection(String reason) implements ActionRequest {
        public ActionType type() { return ActionType.RETURN_FOR_CORRECTION; }
    }

    /** The receiving office accepts an inter-level dossier. */
    record AcceptTransfer() implements ActionRequest {
        public ActionType type() { return ActionType.ACCEPT_TRANSFER; }
    }

    /** The receiving office returns an inter-level dossier, with a reason. */
    record ReturnTransfer(String reason) implements ActionRequest {
        public ActionType type() { return ActionType.RETURN_TRANSFER; }
    }

    /**
     * Supplement request (Mẫu 02): the papers, each from the procedure version's list or another one with its reason,
     * of a kind; the reason; the date by which the applicant is asked to bring them ({@code null}: the procedure's
     * default, printed on the form).
     */
    record RequestSupplement(List<SupplementItem> items, String reason, LocalDate citizenDue) implements ActionRequest {
        public RequestSupplement {
            items = items == null ? List.of() : List.copyOf(items);
        }

        /**
         * @return a request for papers by name, of the kinds the procedure's list says; a paper not on the list takes
         *         {@code reason} as the reason it is needed (as at an incomplete receipt); the procedure's deadline
         */
        public static RequestSupplement of(List<String> papers, String reason) {
            return new RequestSupplement(papers == null ? List.of() : papers.stream()
                    .filter(p -> p != null && !p.isBlank()).map(p -> new SupplementItem(p.trim(), null, reason)).toList(),
                    reason, null);
        }

        public ActionType type() { return ActionType.REQUEST_SUPPLEMENT; }
    }

    /** The applicant's supplement arrived. */
    record SupplementReceived() implements ActionRequest {
        public ActionType type() { return ActionType.SUPPLEMENT_RECEIVED; }
    }

    /** The tax-information slip was sent; the clock pauses until payment is confirmed. */
    record RequestFinancialObligation(String note) implements ActionRequest {
        public ActionType type() { return ActionType.REQUEST_FINANCIAL_OBLIGATION; }
    }

    /** Tax confirmed the payment; the second appointment starts. */
    record ConfirmPayment() implements ActionRequest {
        public ActionType type() { return ActionType.CONFIRM_PAYMENT; }
    }

    /** The public posting of the current step: dates, place and complaints ("không có" when none). */
    record RecordPosting(LocalDate start, LocalDate end, String place, String complaints) implements ActionRequest {
        public ActionType type() { return ActionType.RECORD_POSTING; }
    }

    /** Apology and re-appointment (Mẫu 04), once, at least one working day before due. */
    record Apologize(LocalDateTime newDue, String reason) implements ActionRequest {
        public ActionType type() { return ActionType.APOLOGIZE; }
    }

    /** The applicant withdraws the dossier; a stop notice is issued. */
    record Withdraw(String reason) implements ActionRequest {
        public ActionType type() { return ActionType.WITHDRAW; }
    }

    /** A dossier imported open from an old system is closed, with the reason it was never finished there. */
    record CloseLegacy(String reason) implements ActionRequest {
        public ActionType type() { return ActionType.CLOSE_LEGACY; }
    }

    /**
     * The dossier's office was abolished (the 1 July 2025 reorganisation): it is handed to the successor office
     * recorded for it (package version 1.5).
     */
    record HandToSuccessor() implements ActionRequest {
        public ActionType type() { return ActionType.HAND_TO_SUCCESSOR; }
    }

    /** The agency stops processing; a stop notice is issued. */
    record Stop(String reason) implements ActionRequest {
        public ActionType type() { return ActionType.STOP; }
    }

    /** The result exists; the dossier goes back to the desk of the receiving office. */
    record Finish(String note) implements ActionRequest {
        public ActionType type() { return ActionType.FINISH; }
    }

    /** The desk hands the result to the applicant. */
    record ReturnResult(String note) implements ActionRequest {
        public ActionType type() { return ActionType.RETURN_RESULT; }
    }

    /**
     * The receiving desk corrects the procedure of a dossier at the desk: not handed over yet, or sent back by the
     * department ({@link ReturnForCorrection}). {@code fieldValues} are
     * the new procedure's form fields; {@code null} keeps the values given so far whose keys the new
     * procedure also has (checked as at receipt).
     */
    record CorrectProcedure(String procedureCode, String reason, java.util.Map<String, String> fieldValues)
            implements ActionRequest {
        /** A correction that keeps the values given so far. */
        public CorrectProcedure(String procedureCode, String reason) {
            this(procedureCode, reason, null);
        }

        public ActionType type() { return ActionType.CORRECT_PROCEDURE; }
    }
}
