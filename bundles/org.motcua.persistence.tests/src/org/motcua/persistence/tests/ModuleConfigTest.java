// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.persistence.tests.TestWorld.refused;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.motcua.core.config.ModuleSetting;
import org.motcua.core.dossier.Channel;
import org.motcua.core.procedure.ProcedureBuilder;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;

/** Per-office enablement of procedure modules: administrators only, inherited downwards, audited. */
class ModuleConfigTest extends WorldTest {

    private static final String MODULE = "org.motcua.procedure.test";

    private void registerLandAsModule() {
        w.core.procedures().register(MODULE, ProcedureBuilder.from(TestWorld.landProcedure()).version("test-2").build());
    }

    @Test
    void onlyAdministratorsChangeTheConfiguration() {
        refused("admin.required", () -> w.core.modules().enable(w.desk, w.district.id(), MODULE));
        refused("admin.required", () -> w.core.modules().checkUninstall(w.leader, MODULE));
        refused("module.badId", () -> w.core.modules().enable(w.admin, w.district.id(), "x"));
        w.core.modules().enable(w.admin, w.district.id(), MODULE);
        List<ModuleSetting> settings = w.core.modules().settings(w.district.id());
        assertEquals(1, settings.size());
        assertEquals("admin", settings.get(0).changedBy());
    }

    @Test
    void aModuleEnabledForADistrictIsEnabledForItsCommunesUnlessTheyDisableIt() {
        assertFalse(w.core.modules().isEnabled(w.commune.id(), MODULE));
        w.core.modules().enable(w.admin, w.district.id(), MODULE);
        assertTrue(w.core.modules().isEnabled(w.commune.id(), MODULE));
        assertFalse(w.core.modules().isEnabled(w.province.id(), MODULE));
        w.core.modules().disable(w.admin, w.commune.id(), MODULE);
        assertFalse(w.core.modules().isEnabled(w.commune.id(), MODULE));
        assertEquals(Set.of(MODULE), w.core.modules().enabledModules(w.district.id()));
        assertEquals(Set.of(), w.core.modules().enabledModules(w.commune.id()));
        assertEquals(Set.of(MODULE), w.core.modules().missingModules(w.district.id(), Set.of("org.motcua.procedure.land")));
        assertEquals(Set.of(), w.core.modules().missingModules(w.district.id(), Set.of(MODULE)));
    }

    @Test
    void disablingStopsIntakeOnlyAndUninstallWaitsForOpenDossiers() {
        registerLandAsModule();
        refused("module.notEnabled", w::receiveLand);
        w.core.modules().enable(w.admin, w.district.id(), MODULE);
        DossierView d = w.receiveLand();
        w.core.modules().disable(w.admin, w.district.id(), MODULE);
        refused("module.notEnabled", w::receiveLand);
        // the dossier in progress goes on under the version it was received with
        d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        assertEquals(1, w.core.modules().openDossiers(MODULE));
        refused("module.openDossiers", () -> w.core.modules().checkUninstall(w.admin, MODULE));
        d = w.act(w.desk, d, new ActionRequest.Recall("thử"));
        w.act(w.desk, d, new ActionRequest.Withdraw("Người nộp rút hồ sơ"));
        assertEquals(0, w.core.modules().openDossiers(MODULE));
        w.core.modules().checkUninstall(w.admin, MODULE);
        // procedures that belong to no module are never gated
        assertEquals(Channel.WALK_IN, w.core.workflow().receive(w.communeDesk,
                TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN)).channel());
    }
}
