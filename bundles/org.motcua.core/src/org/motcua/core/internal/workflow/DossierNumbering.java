// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.motcua.core.internal.model.DailyCounterEntity;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.numbering.DossierCodeFormat;

/**
 * Allocates dossier codes {@code <agency code>-YYMMDD-NNNN} from a daily counter per office. The
 * counter row is locked (SELECT … FOR UPDATE) in a short transaction of its own, so concurrent intake
 * on any number of workstations gets unique numbers without waiting for each other's receipts. The
 * input is validated before a number is taken; a receipt that fails after that (a database error)
 * leaves its number unused.
 */
public final class DossierNumbering {

    private final DossierCodeFormat format = new DossierCodeFormat();
    private final Tx tx;
    private final Set<String> knownCounters = ConcurrentHashMap.newKeySet();

    public DossierNumbering(Tx tx) {
        this.tx = tx;
    }

    /** @return the next code of {@code office} on {@code day} */
    public String next(OfficeEntity office, LocalDate day) {
        long officeId = office.getId();
        String agency = office.getCode();
        String prefix = office.getCodePrefix();
        int sequence = tx.call(em -> take(em, em.find(OfficeEntity.class, officeId), day));
        return format.format(agency, day, sequence, prefix);
    }

    private int take(EntityManager em, OfficeEntity office, LocalDate day) {
        String key = office.getId() + "@" + day;
        if (!knownCounters.contains(key)) {
            ensureCounter(office.getId(), day);
            knownCounters.add(key);
        }
        List<DailyCounterEntity> rows = lockCounter(em, office, day);
        if (rows.isEmpty()) { // the database was replaced under us (restore): create the row again
            ensureCounter(office.getId(), day);
            rows = lockCounter(em, office, day);
        }
        if (rows.isEmpty()) {
            throw new org.motcua.core.MotCuaException("numbering.counterUnavailable", office.getCode());
        }
        DailyCounterEntity counter = rows.get(0);
        int sequence = counter.getLastValue() + 1;
        counter.setLastValue(sequence);
        return sequence;
    }

    private static List<DailyCounterEntity> lockCounter(EntityManager em, OfficeEntity office, LocalDate day) {
        return em.createQuery("select c from DailyCounterEntity c where c.office = :office and c.day = :day",
                DailyCounterEntity.class).setParameter("office", office).setParameter("day", day)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** Creates the day's counter row in its own short transaction; a concurrent creator wins silently. */
    private void ensureCounter(long officeId, LocalDate day) {
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                tx.attempt(em -> {
                    List<DailyCounterEntity> existing = em.createQuery(
                            "select c from DailyCounterEntity c where c.office.id = :office and c.day = :day",
                            DailyCounterEntity.class).setParameter("office", officeId).setParameter("day", day)
                            .getResultList();
                    if (existing.isEmpty()) {
                        DailyCounterEntity counter = new DailyCounterEntity();
                        counter.setOffice(em.getReference(OfficeEntity.class, officeId));
                        counter.setDay(day);
                        em.persist(counter);
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                // another workstation created the row at the same moment (unique key): look again
            }
        }
    }
}
