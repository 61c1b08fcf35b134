// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.calendar.DurationUnit;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.Regime;
import org.motcua.core.procedure.DocumentRequirement;
import org.motcua.core.procedure.GuardSpec;
import org.motcua.core.procedure.PausePolicy;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.procedure.ProcedureModule;
import org.motcua.core.procedure.StepDefinition;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.GuardContext;
import org.motcua.core.workflow.StepGuard;

/**
 * A procedure module brings its own step guard through the SPI ({@link ProcedureModule#guards()}): once the
 * module is added to the registry the core runs it when a dossier leaves the step that names it, and without
 * the module the core refuses the unknown guard. The module's procedures are offered to a desk where it is enabled.
 */
class ModuleGuardTest {

    private static final String MODULE = "org.motcua.procedure.guarded";
    private static final String CODE = "T.GUARDED";
    private static final String TYPE = "test-sign-off";

    private TestWorld w;
    private final AtomicBoolean signedOff = new AtomicBoolean();

    private final StepGuard signOff = new StepGuard() {
        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Optional<MotCuaException> check(GuardContext context) {
            return signedOff.get() ? Optional.empty()
                    : Optional.of(new MotCuaException("guard.test.signOffMissing", context.stepName(), context.params().get("by")));
        }
    };

    private final ProcedureModule module = new ProcedureModule() {
        @Override
        public String id() {
            return MODULE;
        }

        @Override
        public String nameVi() {
            return "Thử nghiệm điều kiện bước";
        }

        @Override
        public String nameEn() {
            return "Step guard test";
        }

        @Override
        public List<ProcedureDefinition> procedures() {
            return List.of(procedure());
        }

        @Override
        public List<StepGuard> guards() {
            return List.of(signOff);
        }
    };

    @BeforeEach
    void setUp() {
        w = new TestWorld();
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    private static ProcedureDefinition procedure() {
        StepDefinition review = new StepDefinition("TD", "Thẩm định", null, OfficeLevel.DISTRICT, List.of("TNMT"),
                BigDecimal.valueOf(2), DurationUnit.WORKING_DAYS, List.of(new GuardSpec(TYPE, Map.of("by", "trưởng phòng"))));
        return new ProcedureDefinition(CODE, "test-1", "Thủ tục có điều kiện (thử nghiệm)", "Guarded (test)", "Thử nghiệm",
                LocalDate.of(2020, 1, 1), null, Regime.DECREE_61_2018, OfficeLevel.DISTRICT, 3, 0, BigDecimal.valueOf(4),
                DurationUnit.WORKING_DAYS, List.of(new DocumentRequirement("Đơn", "Application", true, 1, false)),
                List.of(new StepDefinition("TN", "Tiếp nhận", null, OfficeLevel.DISTRICT, List.of("MOTCUA"),
                        BigDecimal.valueOf(0.5), DurationUnit.WORKING_DAYS, List.of()), review,
                        new StepDefinition("PD", "Phê duyệt", null, OfficeLevel.DISTRICT, List.of("TNMT"), BigDecimal.ONE,
                                DurationUnit.WORKING_DAYS, List.of())),
                PausePolicy.PAUSE, BigDecimal.valueOf(3), false);
    }

    /** Received, handed over to the land department and taken there: at the guarded step. */
    private DossierView atGuardedStep() {
        DossierView d = w.core.workflow().receive(w.desk, TestWorld.request(CODE, Channel.WALK_IN));
        d = w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        return w.act(w.landSpecialist, d, new ActionRequest.Take());
    }

    @Test
    void theModulesGuardIsRunWhenTheDossierLeavesItsStep() {
        w.core.procedures().add(module);
        w.core.modules().enable(w.admin, w.district.id(), MODULE);
        DossierView d = atGuardedStep();
        ActionRequest forward = new ActionRequest.Forward(w.dept(w.district, "TNMT"), null);
        MotCuaException refusal = TestWorld.refused("guard.test.signOffMissing", () -> w.act(w.landSpecialist, d, forward));
        assertEquals(List.of("Thẩm định", "trưởng phòng"), List.of(refusal.args()));
        signedOff.set(true);
        assertEquals(2, w.act(w.landSpecialist, d, forward).currentStepIndex());
    }

    @Test
    void withoutTheModuleTheGuardIsUnknownAndRefuses() {
        w.core.procedures().add(module);
        w.core.modules().enable(w.admin, w.district.id(), MODULE);
        DossierView d = atGuardedStep();
        w.core.procedures().remove(module); // the module stopped: the dossier keeps its copy of the steps
        signedOff.set(true);
        TestWorld.refused("guard.unknown",
                () -> w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null)));
    }

    @Test
    void theDeskIsOfferedTheModulesProcedureOnlyWhereTheModuleIsEnabled() {
        w.core.procedures().add(module);
        assertFalse(codes().contains(CODE));
        TestWorld.refused("module.notEnabled",
                () -> w.core.workflow().receive(w.desk, TestWorld.request(CODE, Channel.WALK_IN)));
        w.core.modules().enable(w.admin, w.district.id(), MODULE);
        assertEquals(List.of(CODE, TestWorld.LAND), codes());
        assertFalse(w.core.workflow().receivableProcedures(w.communeDesk).stream().anyMatch(p -> p.code().equals(CODE)),
                "a district procedure is not received at a commune desk");
    }

    private List<String> codes() {
        return w.core.workflow().receivableProcedures(w.desk).stream().map(ProcedureDefinition::code).toList();
    }
}
