// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.internal.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;

import org.motcua.core.MotCuaException;
import org.motcua.core.TimeSource;
import org.motcua.core.config.ModuleConfigService;
import org.motcua.core.config.ModuleSetting;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.internal.model.OfficeEntity;
import org.motcua.core.internal.model.OfficeModuleEntity;
import org.motcua.core.internal.model.UserEntity;
import org.motcua.core.procedure.ProcedureRegistry;
import org.motcua.core.security.Principal;

/** Per-office enablement of procedure modules, stored in {@code office_module}, audited. */
public final class ModuleConfigEngine implements ModuleConfigService {

    private static final List<DossierStatus> OPEN = List.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION, DossierStatus.FINISHED);

    private final Tx tx;
    private final TimeSource time;
    private final ProcedureRegistry procedures;

    public ModuleConfigEngine(Tx tx, TimeSource time, ProcedureRegistry procedures) {
        this.tx = tx;
        this.time = time;
        this.procedures = procedures;
    }

    @Override
    public void enable(Principal admin, long officeId, String moduleId) {
        set(admin, officeId, moduleId, true);
    }

    @Override
    public void disable(Principal admin, long officeId, String moduleId) {
        set(admin, officeId, moduleId, false);
    }

    private void set(Principal admin, long officeId, String moduleId, boolean enabled) {
        requireModuleId(moduleId);
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OfficeEntity office = OrganizationEngine.findOffice(em, officeId);
            OrganizationEngine.requireOver(user, office);
            OfficeModuleEntity row = own(em, office, moduleId).orElseGet(OfficeModuleEntity::new);
            row.setOffice(office);
            row.setModuleId(moduleId);
            row.setEnabled(enabled);
            row.setChangedAt(time.now());
            row.setChangedBy(user.getUsername());
            if (row.getId() == null) {
                em.persist(row);
            }
            OrganizationEngine.audit(em, time, user.getUsername(), enabled ? "module.enable" : "module.disable",
                    office.getCode(), moduleId);
            return null;
        });
    }

    @Override
    public boolean isEnabled(long officeId, String moduleId) {
        return tx.read(em -> effective(em, OrganizationEngine.findOffice(em, officeId), moduleId));
    }

    @Override
    public Set<String> enabledModules(long officeId) {
        return tx.read(em -> {
            OfficeEntity office = OrganizationEngine.findOffice(em, officeId);
            Set<String> candidates = new TreeSet<>();
            for (OfficeEntity o = office; o != null; o = o.getParent()) {
                rows(em, o).forEach(r -> candidates.add(r.getModuleId()));
            }
            candidates.removeIf(m -> !effective(em, office, m));
            return candidates;
        });
    }

    @Override
    public List<ModuleSetting> settings(long officeId) {
        return tx.read(em -> rows(em, OrganizationEngine.findOffice(em, officeId)).stream()
                .map(r -> new ModuleSetting(r.getOffice().getCode(), r.getModuleId(), r.isEnabled(), r.getChangedAt(),
                        r.getChangedBy()))
                .toList());
    }

    @Override
    public Set<String> missingModules(long officeId, Set<String> installedModuleIds) {
        Set<String> missing = new TreeSet<>(enabledModules(officeId));
        missing.removeAll(installedModuleIds);
        return missing;
    }

    @Override
    public long openDossiers(String moduleId) {
        Set<String> codes = procedures.codesOf(moduleId);
        if (codes.isEmpty()) {
            return 0;
        }
        return tx.read(em -> em.createQuery(
                "select count(d) from DossierEntity d where d.procedureCode in :codes and d.status in :open", Long.class)
                .setParameter("codes", codes).setParameter("open", OPEN).getSingleResult());
    }

    @Override
    public void checkUninstall(Principal admin, String moduleId) {
        requireModuleId(moduleId);
        long open = openDossiers(moduleId);
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OrganizationEngine.requireTop(user); // a feature serves every office of the installation
            if (open > 0) {
                throw new MotCuaException("module.openDossiers", moduleId, open);
            }
            OrganizationEngine.audit(em, time, user.getUsername(), "module.uninstall", moduleId);
            return null;
        });
    }

    @Override
    public void recordInstall(Principal admin, String featureId) {
        requireModuleId(featureId);
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            OrganizationEngine.requireTop(user);
            OrganizationEngine.audit(em, time, user.getUsername(), "module.install", featureId);
            return null;
        });
    }

    @Override
    public void recordFeatureChange(Principal admin, String featureId, String outcome) {
        requireModuleId(featureId);
        tx.call(em -> {
            UserEntity user = OrganizationEngine.requireAdmin(em, admin);
            // the update manager's answer is not a typed input: cut to fit the arguments column, control characters
            // (its line breaks) made spaces so that they cannot split the arguments
            String answer = String.valueOf(outcome).replaceAll("\\p{Cntrl}", " ");
            int room = 2000 - featureId.length() - 1;
            OrganizationEngine.audit(em, time, user.getUsername(), "module.p2", featureId,
                    answer.length() > room ? answer.substring(0, room - 3) + "..." : answer);
            return null;
        });
    }

    /**
     * Refuses intake when {@code moduleId} is not enabled for {@code office}; called by the workflow in
     * the intake transaction.
     */
    static void requireEnabled(EntityManager em, OfficeEntity office, String moduleId, String procedureCode) {
        if (!effective(em, office, moduleId)) {
            throw new MotCuaException("module.notEnabled", procedureCode, moduleId, office.getName(), office.getCode());
        }
    }

    /** The nearest own setting on the way up from {@code office}; disabled when none. */
    static boolean effective(EntityManager em, OfficeEntity office, String moduleId) {
        for (OfficeEntity o = office; o != null; o = o.getParent()) {
            Optional<OfficeModuleEntity> row = own(em, o, moduleId);
            if (row.isPresent()) {
                return row.get().isEnabled();
            }
        }
        return false;
    }

    private static Optional<OfficeModuleEntity> own(EntityManager em, OfficeEntity office, String moduleId) {
        return em.createQuery("select m from OfficeModuleEntity m where m.office = :o and m.moduleId = :m",
                OfficeModuleEntity.class).setParameter("o", office).setParameter("m", moduleId).getResultList()
                .stream().findFirst();
    }

    private static List<OfficeModuleEntity> rows(EntityManager em, OfficeEntity office) {
        return em.createQuery("select m from OfficeModuleEntity m where m.office = :o order by m.moduleId",
                OfficeModuleEntity.class).setParameter("o", office).getResultList();
    }

    private static void requireModuleId(String moduleId) {
        if (moduleId == null || !moduleId.matches("[A-Za-z0-9_.-]{3,120}")) {
            throw new MotCuaException("module.badId", String.valueOf(moduleId));
        }
    }
}
