// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.motcua.core.org.OfficeRef;
import org.motcua.reporting.ReportScope;
import org.motcua.ui.internal.session.MotCuaSession;

/** The dashboard's office picker: the offices {@link ReportScope} lets the user see, own office first, "all" last. */
final class OfficeChoice {

    /** One entry of the office picker; {@code officeId} 0 means every office in the database. */
    record Choice(long officeId, String label) {
    }

    private OfficeChoice() {
    }

    /** @return whether the user may open the dashboard at all */
    static boolean mayOpen(MotCuaSession session) {
        return ReportScope.mayOpen(session.user());
    }

    /** @return the offices {@code session}'s user may choose, own office first, "all" last when allowed */
    static List<Choice> allowed(MotCuaSession session) {
        List<OfficeRef> offices = session.core().organization().offices();
        Set<Long> visible = ReportScope.visible(session.user(), offices);
        List<Choice> choices = new ArrayList<>();
        choices.add(choice(session.office()));
        for (OfficeRef o : offices) {
            if (o.id() != session.office().id() && visible.contains(o.id())) {
                choices.add(choice(o));
            }
        }
        if (ReportScope.mayReadAll(session.user(), offices)) {
            choices.add(new Choice(ReportScope.ALL_OFFICES, Messages.Dashboard_allOffices));
        }
        return choices;
    }

    private static Choice choice(OfficeRef office) {
        return new Choice(office.id(), office.name() + " (" + office.code() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
