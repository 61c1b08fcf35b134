// SPDX-License-Identifier: EPL-2.0
package org.motcua.cli.internal.commands;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.UserRef;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.ImportedEvent;
import org.motcua.core.workflow.ReceiveRequest;

/**
 * Reads an old system's event log (CSV) into {@link ImportedEvent}s, the data the core's import takes.
 * Columns: {@code at, ref, action, actor, procedure, channel, applicant, id_number, phone, department,
 * reason, items, new_due}; {@code ref} is the old system's dossier reference, {@code department} a
 * department code of the actor's office or {@code CODE@OFFICE} for another office, {@code items}
 * separated by {@code ;}. Every malformed line is reported with its number; none is skipped.
 */
final class EventLog {

    /** A line that could not be read, and why (a core message key and its arguments). */
    record Problem(long line, MotCuaException reason) {
    }

    private final MotCuaCore core;
    private final List<ImportedEvent> events = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    /** The old references of the malformed lines: their other lines are not checked further. */
    private final java.util.Set<String> badReferences = new java.util.HashSet<>();

    EventLog(MotCuaCore core) {
        this.core = core;
    }

    /** Reads one line; a malformed one is remembered as a problem. */
    void read(CSVRecord record) {
        int line = (int) record.getRecordNumber() + 1;
        try {
            int columns = record.getParser().getHeaderNames().size();
            if (record.size() != columns) { // a missing or extra column shifts every value after it
                throw new MotCuaException("import.badColumns", record.size(), columns);
            }
            events.add(event(line, record));
        } catch (MotCuaException e) {
            refuse(line, record, e);
        } catch (DateTimeParseException e) {
            refuse(line, record, new MotCuaException(e, "import.badDate", e.getParsedString()));
        } catch (IllegalArgumentException e) {
            refuse(line, record, new MotCuaException(e, "import.badLine", record.size()));
        }
    }

    private void refuse(int line, CSVRecord record, MotCuaException reason) {
        problems.add(new Problem(line, reason));
        badReferences.add(text(record, "ref"));
    }

    /** @return the events of the old dossiers none of whose lines is malformed (what the core can check further) */
    List<ImportedEvent> checkableEvents() {
        return events.stream().filter(e -> !badReferences.contains(e.reference())).toList();
    }

    List<ImportedEvent> events() {
        return List.copyOf(events);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private ImportedEvent event(int line, CSVRecord e) {
        LocalDateTime at = LocalDateTime.parse(text(e, "at"));
        ActionType action = enumValue(ActionType.class, text(e, "action"), "import.unknownAction");
        String actor = text(e, "actor");
        String ref = text(e, "ref");
        return switch (action) {
            case RECEIVE -> ImportedEvent.received(line, at, ref, actor, receiveRequest(e), null);
            case REFUSE -> ImportedEvent.received(line, at, ref, actor, receiveRequest(e), text(e, "reason"));
            default -> ImportedEvent.action(line, at, ref, actor, request(action, e, actor));
        };
    }

    private static ReceiveRequest receiveRequest(CSVRecord e) {
        return new ReceiveRequest(text(e, "procedure"), enumValue(Channel.class, text(e, "channel"), "import.unknownChannel"),
                new ApplicantData(text(e, "applicant"), text(e, "id_number"), text(e, "phone"), null, null, false), List.of());
    }

    private ActionRequest request(ActionType action, CSVRecord e, String actor) {
        return switch (action) {
            case HAND_OVER -> new ActionRequest.HandOver(department(text(e, "department"), actor));
            case TAKE -> new ActionRequest.Take();
            case FORWARD -> new ActionRequest.Forward(department(text(e, "department"), actor), text(e, "reason"));
            case RECALL -> new ActionRequest.Recall(text(e, "reason"));
            case RETURN_TO_PREVIOUS_STEP -> new ActionRequest.ReturnToPreviousStep(text(e, "reason"));
            case RETURN_FOR_CORRECTION -> new ActionRequest.ReturnForCorrection(text(e, "reason"));
            case ACCEPT_TRANSFER -> new ActionRequest.AcceptTransfer();
            case RETURN_TRANSFER -> new ActionRequest.ReturnTransfer(text(e, "reason"));
            case REQUEST_SUPPLEMENT -> ActionRequest.RequestSupplement.of(
                    Arrays.stream(text(e, "items").split(";")).map(String::trim).toList(), text(e, "reason"));
            case SUPPLEMENT_RECEIVED -> new ActionRequest.SupplementReceived();
            case REQUEST_FINANCIAL_OBLIGATION -> new ActionRequest.RequestFinancialObligation(text(e, "reason"));
            case CONFIRM_PAYMENT -> new ActionRequest.ConfirmPayment();
            case RECORD_POSTING -> posting(e);
            case APOLOGIZE -> new ActionRequest.Apologize(LocalDateTime.parse(text(e, "new_due")), text(e, "reason"));
            case WITHDRAW -> new ActionRequest.Withdraw(text(e, "reason"));
            case STOP -> new ActionRequest.Stop(text(e, "reason"));
            case FINISH -> new ActionRequest.Finish(text(e, "reason"));
            case RETURN_RESULT -> new ActionRequest.ReturnResult(text(e, "reason"));
            case CORRECT_PROCEDURE -> new ActionRequest.CorrectProcedure(text(e, "procedure"), text(e, "reason"));
            case CLOSE_LEGACY, HAND_TO_SUCCESSOR -> throw new MotCuaException("legacy.notInLog"); // decisions in MotCua, not old history
            case RECEIVE, REFUSE -> throw new IllegalStateException();
        };
    }

    /** {@code items} of a posting line: {@code start;end;place} and {@code reason}: the complaints. */
    private static ActionRequest posting(CSVRecord e) {
        String[] parts = text(e, "items").split(";");
        if (parts.length < 2) {
            throw new MotCuaException("import.badPosting", text(e, "items"));
        }
        return new ActionRequest.RecordPosting(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()),
                parts.length > 2 ? parts[2].trim() : "", text(e, "reason"));
    }

    private long department(String spec, String actor) {
        String[] parts = spec.split("@");
        long officeId;
        if (parts.length > 1) {
            officeId = core.organization().office(parts[1]).map(OfficeRef::id)
                    .orElseThrow(() -> new MotCuaException("office.unknownCode", parts[1]));
        } else {
            officeId = core.organization().user(actor).map(UserRef::officeId)
                    .orElseThrow(() -> new MotCuaException("user.unknown", actor));
        }
        return core.organization().departments(officeId).stream().filter(d -> d.code().equals(parts[0]))
                .map(DepartmentRef::id).findFirst()
                .orElseThrow(() -> new MotCuaException("department.unknownCode", parts[0]));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MotCuaException(e, key, value);
        }
    }

    private static String text(CSVRecord e, String column) {
        return e.isMapped(column) && e.isSet(column) ? e.get(column) : "";
    }
}
