package org.motcua.cli.internal.commands;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.motcua.core.MotCuaCore;
import org.motcua.core.MotCuaException;
import org.motcua.core.SettableTimeSource;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.UserRef;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.Actor;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;

/**
 * Turns one line of an event log into a workflow call. Columns: {@code at, ref, action, actor,
 * procedure, channel, applicant, id_number, phone, department, reason, items, new_due}; {@code ref}
 * is the old system's dossier reference, {@code department} a department code of the actor's office
 * or {@code CODE@OFFICE} for another office, {@code items} separated by {@code ;}.
 */
final class EventReplayer {

    private final MotCuaCore core;
    private final SettableTimeSource clock;
    private final Map<String, Long> dossiers = new HashMap<>();
    private LocalDateTime last = LocalDateTime.MIN;
    private int count;

    EventReplayer(MotCuaCore core, SettableTimeSource clock) {
        this.core = core;
        this.clock = clock;
    }

    int count() {
        return count;
    }

    int dossiers() {
        return dossiers.size();
    }

    void replay(CSVRecord event) {
        LocalDateTime at = LocalDateTime.parse(event.get("at"));
        if (at.isBefore(last)) {
            throw new MotCuaException("import.outOfOrder", at.toString(), last.toString());
        }
        last = at;
        clock.set(at);
        ActionType action = ActionType.valueOf(event.get("action").toUpperCase(Locale.ROOT));
        Actor actor = new Actor(event.get("actor"));
        String ref = event.get("ref");
        switch (action) {
            case RECEIVE -> dossiers.put(ref, core.workflow().receive(actor, receiveRequest(event)).id());
            case REFUSE -> dossiers.put(ref, core.workflow().refuse(actor, receiveRequest(event), text(event, "reason")).id());
            default -> {
                Long id = dossiers.get(ref);
                if (id == null) {
                    throw new MotCuaException("import.unknownRef", ref);
                }
                DossierView current = core.queries().byId(id).orElseThrow();
                core.workflow().perform(actor, id, current.version(), request(action, event, actor));
            }
        }
        count++;
    }

    private static ReceiveRequest receiveRequest(CSVRecord e) {
        return new ReceiveRequest(e.get("procedure"), Channel.valueOf(e.get("channel").toUpperCase(Locale.ROOT)),
                new ApplicantData(e.get("applicant"), e.get("id_number"), e.get("phone"), null, null, false), List.of());
    }

    private ActionRequest request(ActionType action, CSVRecord e, Actor actor) {
        return switch (action) {
            case HAND_OVER -> new ActionRequest.HandOver(department(e.get("department"), actor));
            case TAKE -> new ActionRequest.Take();
            case FORWARD -> new ActionRequest.Forward(department(e.get("department"), actor), text(e, "reason"));
            case RECALL -> new ActionRequest.Recall(text(e, "reason"));
            case RETURN_TO_PREVIOUS_STEP -> new ActionRequest.ReturnToPreviousStep(text(e, "reason"));
            case ACCEPT_TRANSFER -> new ActionRequest.AcceptTransfer();
            case RETURN_TRANSFER -> new ActionRequest.ReturnTransfer(text(e, "reason"));
            case REQUEST_SUPPLEMENT -> new ActionRequest.RequestSupplement(
                    Arrays.stream(text(e, "items").split(";")).map(String::trim).toList(), text(e, "reason"));
            case SUPPLEMENT_RECEIVED -> new ActionRequest.SupplementReceived();
            case REQUEST_FINANCIAL_OBLIGATION -> new ActionRequest.RequestFinancialObligation(text(e, "reason"));
            case CONFIRM_PAYMENT -> new ActionRequest.ConfirmPayment();
            case RECORD_POSTING -> posting(e);
            case APOLOGIZE -> new ActionRequest.Apologize(LocalDateTime.parse(e.get("new_due")), text(e, "reason"));
            case WITHDRAW -> new ActionRequest.Withdraw(text(e, "reason"));
            case STOP -> new ActionRequest.Stop(text(e, "reason"));
            case FINISH -> new ActionRequest.Finish(text(e, "reason"));
            case RETURN_RESULT -> new ActionRequest.ReturnResult(text(e, "reason"));
            case CORRECT_PROCEDURE -> new ActionRequest.CorrectProcedure(e.get("procedure"), text(e, "reason"));
            case RECEIVE, REFUSE -> throw new IllegalStateException();
        };
    }

    /** {@code items} of a posting line: {@code start;end;place} and {@code reason}: the complaints. */
    private static ActionRequest posting(CSVRecord e) {
        String[] parts = text(e, "items").split(";");
        return new ActionRequest.RecordPosting(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()),
                parts.length > 2 ? parts[2].trim() : "", text(e, "reason"));
    }

    private long department(String spec, Actor actor) {
        String[] parts = spec.split("@");
        long officeId;
        if (parts.length > 1) {
            officeId = core.organization().office(parts[1]).map(OfficeRef::id)
                    .orElseThrow(() -> new MotCuaException("office.unknownCode", parts[1]));
        } else {
            officeId = core.organization().user(actor.username()).map(UserRef::officeId)
                    .orElseThrow(() -> new MotCuaException("user.unknown", actor.username()));
        }
        return core.organization().departments(officeId).stream().filter(d -> d.code().equals(parts[0]))
                .map(DepartmentRef::id).findFirst()
                .orElseThrow(() -> new MotCuaException("department.unknownCode", parts[0]));
    }

    private static String text(CSVRecord e, String column) {
        return e.isMapped(column) ? e.get(column) : "";
    }
}
