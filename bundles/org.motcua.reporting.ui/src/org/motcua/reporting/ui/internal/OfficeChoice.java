// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * Which offices a user may see on the dashboard: an administrator every office and all of them together; a
 * leader their own office and the offices under it, and all offices together when theirs is the top one.
 */
final class OfficeChoice {

    /** One entry of the office picker; {@code officeId} 0 means every office in the database. */
    record Choice(long officeId, String label) {
    }

    private OfficeChoice() {
    }

    /** @return whether the user may open the dashboard at all */
    static boolean mayOpen(MotCuaSession session) {
        return session.hasAny(Role.LEADER, Role.ADMINISTRATOR);
    }

    /** @return the offices {@code session}'s user may choose, own office first, "all" last when allowed */
    static List<Choice> allowed(MotCuaSession session) {
        List<OfficeRef> offices = session.core().organization().offices();
        boolean admin = session.hasAny(Role.ADMINISTRATOR);
        Set<Long> visible = new HashSet<>();
        visible.add(session.office().id());
        boolean grew = true;
        while (grew) { // the offices under the user's office, level by level
            grew = false;
            for (OfficeRef o : offices) {
                if (o.parentId() != null && visible.contains(o.parentId()) && visible.add(o.id())) {
                    grew = true;
                }
            }
        }
        List<Choice> choices = new ArrayList<>();
        choices.add(choice(session.office()));
        for (OfficeRef o : offices) {
            if (o.id() != session.office().id() && (admin || visible.contains(o.id()))) {
                choices.add(choice(o));
            }
        }
        if (admin || session.office().parentId() == null) {
            choices.add(new Choice(0, Messages.Dashboard_allOffices));
        }
        return choices;
    }

    private static Choice choice(OfficeRef office) {
        return new Choice(office.id(), office.name() + " (" + office.code() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
