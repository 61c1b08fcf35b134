// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.admin.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.motcua.core.engine.CoreEngine;
import org.motcua.core.engine.Transitions;

/**
 * Bàn giao 1/7/2025: the successor of each abolished office (recorded by an administrator of a top office), the plan
 * of the hand-over (rehearsed by the core, nothing written) and the hand-over itself, one core action a dossier;
 * below, the table of old and new administrative units. Offered where the desktop runs its own core; a workstation
 * of a server leaves it to the server's command line.
 */
public class TransitionPart extends AdminPart {

    private Table successors;
    private Combo old;
    private Combo successor;
    private Text legalDate;
    private Text basis;
    private Table plan;
    private Button apply;
    private Table units;

    public TransitionPart() {
        super(Messages.Transition_heading, Messages.Transition_help, "admin.transition"); //$NON-NLS-1$
    }

    /** @return the core's reorganisation service, or {@code null} on a server's workstation */
    private Transitions transitions() {
        return session.core() instanceof CoreEngine engine ? engine.transitions() : null;
    }

    @Override
    void build(Composite composite) {
        if (transitions() == null) {
            error(Messages.Transition_serverOnly);
            return;
        }
        Group recorded = group(composite, Messages.Transition_successorsGroup, 1);
        successors = table(recorded, id("successors"), 70, Messages.Transition_office, Messages.Transition_successor, //$NON-NLS-1$
                Messages.Transition_legalDate, Messages.Transition_basis);
        Composite form = row(recorded, 4);
        old = combo(form, Messages.Transition_office, id("old")); //$NON-NLS-1$
        successor = combo(form, Messages.Transition_successor, id("successor")); //$NON-NLS-1$
        legalDate = field(form, Messages.Transition_legalDate, id("date")); //$NON-NLS-1$
        legalDate.setText("2025-07-01"); //$NON-NLS-1$
        basis = field(form, Messages.Transition_basis, id("basis")); //$NON-NLS-1$
        button(recorded, Messages.Transition_record, id("record"), this::record); //$NON-NLS-1$

        Group handOver = group(composite, Messages.Transition_planGroup, 1);
        plan = table(handOver, id("plan"), 140, Messages.Transition_code, Messages.Transition_status, //$NON-NLS-1$
                Messages.Transition_from, Messages.Transition_to, Messages.Transition_holderBefore,
                Messages.Transition_holderAfter);
        Composite buttons = row(handOver, 2);
        button(buttons, Messages.Transition_plan, id("showPlan"), this::showPlan); //$NON-NLS-1$
        apply = button(buttons, Messages.Transition_apply, id("apply"), this::apply); //$NON-NLS-1$
        apply.setEnabled(false);

        Group table = group(composite, Messages.Transition_unitsGroup, 1);
        units = table(table, id("units"), 120, Messages.Transition_level, Messages.Transition_oldUnit, //$NON-NLS-1$
                Messages.Transition_oldCode, Messages.Transition_newUnit, Messages.Transition_newCode,
                Messages.Transition_legalDate, Messages.Transition_basis, Messages.Transition_verified);
    }

    @Override
    void reload() {
        Transitions t = transitions();
        if (t == null) {
            return;
        }
        loadOffices(old, null, () -> {
            successor.removeAll();
            offices.forEach(o -> successor.add(o.code() + " — " + o.name())); //$NON-NLS-1$
            successor.select(0);
        });
        run(() -> t.successors(actor()), list -> {
            List<String[]> rows = list();
            for (Transitions.Successor s : list) {
                rows.add(new String[] { s.officeCode() + " — " + s.officeName(), //$NON-NLS-1$
                        s.successorCode() + " — " + s.successorName(), s.legalDate().toString(), s.legalBasis() }); //$NON-NLS-1$
            }
            rows(successors, rows);
        });
        run(t::units, list -> {
            List<String[]> rows = list();
            for (Transitions.AdminUnit u : list) {
                rows.add(new String[] { label(u.level()), u.oldName() + ("-".equals(u.oldParent()) ? "" //$NON-NLS-1$ //$NON-NLS-2$
                        : " (" + u.oldParent() + ")"), blank(u.oldCode()), u.newName() == null //$NON-NLS-1$ //$NON-NLS-2$
                                ? Messages.Transition_abolished : u.newName(), blank(u.newCode()),
                        u.validFrom().toString(), u.legalBasis(), u.codeVerified() ? Messages.Admin_yes
                                : Messages.Transition_unverified });
            }
            rows(units, rows);
        });
    }

    private static String blank(String code) {
        return code == null ? "—" : code; //$NON-NLS-1$
    }

    private void record() {
        Transitions t = transitions();
        int from = old.getSelectionIndex();
        int to = successor.getSelectionIndex();
        if (from < 0 || to < 0) {
            error(Messages.Transition_chooseOffices);
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(legalDate.getText().trim());
        } catch (DateTimeParseException e) {
            error(Messages.Transition_badDate);
            return;
        }
        String oldCode = offices.get(from).code();
        String newCode = offices.get(to).code();
        String text = basis.getText();
        run(() -> {
            t.recordSuccessor(actor(), oldCode, newCode, date, text);
            return null;
        }, done -> {
            ok(NLS.bind(Messages.Transition_recorded, oldCode, newCode));
            reload();
        });
    }

    private void showPlan() {
        Transitions t = transitions();
        run(() -> t.plan(actor()), rows -> {
            show(rows);
            long movable = rows.stream().filter(r -> r.refusal() == null).count();
            apply.setEnabled(movable > 0);
            ok(NLS.bind(Messages.Transition_planned, movable, rows.size() - movable));
        });
    }

    private void apply() {
        Transitions t = transitions();
        apply.setEnabled(false);
        run(() -> t.apply(actor()), result -> {
            List<Transitions.PlanRow> rows = new java.util.ArrayList<>(result.handedOver());
            rows.addAll(result.refused());
            show(rows);
            ok(NLS.bind(Messages.Transition_applied, result.handedOver().size(), result.refused().size()));
        });
    }

    private void show(List<Transitions.PlanRow> rows) {
        List<String[]> shown = list();
        for (Transitions.PlanRow r : rows) {
            shown.add(new String[] { r.code(), label(r.status()), r.fromOffice(), r.toOffice() == null ? "—" //$NON-NLS-1$
                    : r.toOffice(), String.valueOf(r.fromHolder()), r.refusal() == null ? String.valueOf(r.toHolder())
                            : r.refusal() });
        }
        rows(plan, shown);
    }
}
