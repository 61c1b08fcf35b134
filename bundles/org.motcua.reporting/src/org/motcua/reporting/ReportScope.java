// SPDX-License-Identifier: EPL-2.0
package org.motcua.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Role;
import org.motcua.core.org.UserRef;

/**
 * Whose period reports (the dashboard, the register) a user may see: a leader their own office and the offices
 * under it, and all offices together when theirs is the top one; an administrator every office. The
 * dashboard's office picker offers exactly these, and the server refuses any other.
 */
public final class ReportScope {

    /** The office id that means every office together. */
    public static final long ALL_OFFICES = 0;

    private ReportScope() {
    }

    /** @return whether {@code user} may see period reports at all */
    public static boolean mayOpen(UserRef user) {
        return user.roles().contains(Role.LEADER) || user.roles().contains(Role.ADMINISTRATOR);
    }

    /** @return whether {@code user} may see the report of {@code officeId} ({@link #ALL_OFFICES}: all together) */
    public static boolean mayRead(UserRef user, List<OfficeRef> offices, long officeId) {
        if (!mayOpen(user)) {
            return false;
        }
        return officeId == ALL_OFFICES ? mayReadAll(user, offices) : visible(user, offices).contains(officeId);
    }

    /** @return whether {@code user} may see every office together */
    public static boolean mayReadAll(UserRef user, List<OfficeRef> offices) {
        return user.roles().contains(Role.ADMINISTRATOR) || offices.stream()
                .anyMatch(o -> o.id() == user.officeId() && o.parentId() == null);
    }

    /** @return the ids of the offices {@code user} may see one by one */
    public static Set<Long> visible(UserRef user, List<OfficeRef> offices) {
        Set<Long> visible = new HashSet<>();
        if (user.roles().contains(Role.ADMINISTRATOR)) {
            offices.forEach(o -> visible.add(o.id()));
            return visible;
        }
        visible.add(user.officeId());
        for (boolean grew = true; grew;) { // the offices under the user's office, level by level
            grew = false;
            for (OfficeRef o : offices) {
                if (o.parentId() != null && visible.contains(o.parentId()) && visible.add(o.id())) {
                    grew = true;
                }
            }
        }
        return visible;
    }
}
