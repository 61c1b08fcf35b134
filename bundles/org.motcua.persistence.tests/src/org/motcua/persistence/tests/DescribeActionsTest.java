// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.i18n.Messages;
import org.motcua.core.procedure.ProcedureDefinition;
import org.motcua.core.workflow.ActionDescription;
import org.motcua.core.workflow.ActionInput;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.InputChoice;
import org.motcua.core.workflow.InputKind;
import org.motcua.core.workflow.PaperKind;
import org.motcua.core.workflow.SupplementItem;

/**
 * The core describes each action a user may take as plain data (inputs, limits, the choices it allows for this
 * dossier and actor), computed by the code that checks them on perform, so a screen never re-decides a rule.
 */
class DescribeActionsTest {

    private static TestWorld w;

    @BeforeAll
    static void setUp() {
        w = new TestWorld();
    }

    @AfterAll
    static void tearDown() {
        w.close();
    }

    private static ActionDescription described(Principal actor, DossierView d, ActionType type) {
        return w.core.workflow().describeActions(actor, d.id()).stream().filter(a -> a.action() == type).findFirst()
                .orElseThrow(() -> new AssertionError(type + " is not described for " + actor.username()));
    }

    private static List<String> values(ActionInput input) {
        return input.choices().stream().map(InputChoice::value).toList();
    }

    @Test
    void theDescribedActionsAreTheAllowedOnesWithTextsInBothLanguages() {
        DossierView received = w.receiveLand();
        DossierView atDepartment = w.landAtDepartment();
        for (Principal actor : List.of(w.desk, w.postal, w.landSpecialist, w.landHead, w.justice, w.leader)) {
            for (DossierView d : List.of(received, atDepartment)) {
                List<ActionDescription> described = w.core.workflow().describeActions(actor, d.id());
                Set<ActionType> types = described.stream().map(ActionDescription::action)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionType.class)));
                assertEquals(w.core.workflow().allowedActions(actor, d.id()), types, actor.username() + " on " + d.code());
                for (ActionDescription a : described) {
                    for (String key : List.of(a.labelKey(), a.helpKey())) {
                        assertTrue(Messages.exists(Messages.VIETNAMESE, key) && Messages.exists(Messages.ENGLISH, key), key);
                    }
                    a.inputs().forEach(i -> assertTrue(Messages.exists(Messages.ENGLISH, i.labelKey()), i.labelKey()));
                }
            }
        }
    }

    @Test
    void aHandOverOffersExactlyTheDepartmentsTheNextStepAllows() {
        DossierView d = w.receiveLand();
        ActionInput target = described(w.desk, d, ActionType.HAND_OVER).input("target").orElseThrow();
        assertEquals(InputKind.DEPARTMENT, target.kind());
        assertTrue(target.required());
        // step TD allows TNMT and VPDK of the district; the justice department is not offered
        assertEquals(List.of(Long.toString(w.dept(w.district, "TNMT")), Long.toString(w.dept(w.district, "VPDK"))),
                values(target));
        assertEquals("Phòng Tài nguyên và Môi trường – Bộ phận một cửa huyện Tháp Mười", target.choices().get(0).labelVi());
        // and perform checks the same rule
        TestWorld.refused("forward.agencyNotAllowed",
                () -> w.act(w.desk, d, new ActionRequest.HandOver(w.dept(w.district, "TUPHAP"))));
        DossierView handed = w.act(w.desk, d, ActionRequest.of(ActionType.HAND_OVER, Map.of("target", values(target).get(1))));
        assertEquals(w.dept(w.district, "VPDK"), handed.holderDepartmentId());
    }

    @Test
    void aCommuneForwardsUpToTheDistrictAnAncestorOffice() {
        DossierView d = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        assertEquals(List.of(Long.toString(w.dept(w.commune, "LDTBXH"))),
                values(described(w.communeDesk, d, ActionType.HAND_OVER).input("target").orElseThrow()));
        d = w.act(w.communeDesk, d, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        d = w.act(w.communeSocial, d, new ActionRequest.Take());
        // the next step is at district level: the district's department, in the commune's parent office
        assertEquals(List.of(Long.toString(w.dept(w.district, "LDTBXH"))),
                values(described(w.communeSocial, d, ActionType.FORWARD).input("target").orElseThrow()));
    }

    @Test
    void aForwardWithNothingToChooseIsNotOffered() {
        DossierView d = w.landAtDepartment();
        d = w.act(w.landSpecialist, d, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        d = w.act(w.landSpecialist, d, new ActionRequest.Take());
        // last step: no next step, so neither allowed nor described; finishing is
        Set<ActionType> described = w.core.workflow().describeActions(w.landSpecialist, d.id()).stream()
                .map(ActionDescription::action).collect(Collectors.toSet());
        assertFalse(described.contains(ActionType.FORWARD));
        assertTrue(described.contains(ActionType.FINISH));
    }

    @Test
    void theInputsAreBuiltIntoTheRequestByTheirKeys() {
        DossierView d = w.landAtDepartment();
        ActionDescription supplement = described(w.landSpecialist, d, ActionType.REQUEST_SUPPLEMENT);
        assertEquals(List.of("items", "reason", "citizenDue"), supplement.inputs().stream().map(ActionInput::key).toList());
        assertEquals(InputKind.PAPERS, supplement.inputs().get(0).kind());
        assertEquals(List.of("Đơn đăng ký biến động|ORIGINAL", "Giấy chứng nhận đã cấp|ORIGINAL"),
                supplement.inputs().get(0).choices().stream().map(c -> c.value()).toList(), "the procedure's list");
        assertTrue(supplement.inputs().get(1).maxLength() > 0);
        Map<String, String> values = Map.of("items", "Giấy chứng nhận đã cấp|CERTIFIED_COPY\n\n Sơ đồ thửa đất|COPY|Cần xác"
                + " định ranh giới ", "reason", "Thiếu giấy tờ", "citizenDue", "2025-06-20");
        assertEquals(new ActionRequest.RequestSupplement(List.of(
                new SupplementItem("Giấy chứng nhận đã cấp", PaperKind.CERTIFIED_COPY, null),
                new SupplementItem("Sơ đồ thửa đất", PaperKind.COPY, "Cần xác định ranh giới")), "Thiếu giấy tờ",
                LocalDate.of(2025, 6, 20)), ActionRequest.of(ActionType.REQUEST_SUPPLEMENT, values));
        TestWorld.refused("supplement.otherReasonRequired", () -> w.act(w.landSpecialist, d, ActionRequest.of(
                ActionType.REQUEST_SUPPLEMENT, Map.of("items", "Sơ đồ thửa đất|COPY", "reason", "Thiếu giấy tờ"))));
        DossierView paused = w.act(w.landSpecialist, d, ActionRequest.of(ActionType.REQUEST_SUPPLEMENT, values));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, paused.status());
        assertEquals(new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3), "xã", null),
                ActionRequest.of(ActionType.RECORD_POSTING, Map.of("start", "2025-06-02", "end", "2025-06-03", "place", "xã",
                        "complaints", " ")));
    }

    @Test
    void theDeskMayCorrectToAndReceiveTheProceduresOfItsOwnLevel() {
        DossierView d = w.receiveLand();
        ActionInput procedure = described(w.desk, d, ActionType.CORRECT_PROCEDURE).input("procedure").orElseThrow();
        assertEquals(List.of(TestWorld.LAND), values(procedure), "the commune-level social procedure is not offered");
        TestWorld.refused("procedure.wrongLevel", () -> w.act(w.desk, d,
                new ActionRequest.CorrectProcedure(TestWorld.SOCIAL, "nhầm thủ tục")));
        assertEquals(List.of(TestWorld.LAND), codes(w.desk));
        assertEquals(List.of(TestWorld.SOCIAL), codes(w.communeDesk));
    }

    private static List<String> codes(Principal actor) {
        return w.core.workflow().receivableProcedures(actor).stream().map(ProcedureDefinition::code).toList();
    }
}
