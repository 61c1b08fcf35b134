// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.RoleMatrix;

/**
 * Every role against every action: a role the matrix does not allow is refused by the core with
 * "action.roleDenied" whatever the dossier's state, and an allowed role is never refused for its role.
 */
class RoleActionMatrixTest {

    private static TestWorld w;

    @BeforeAll
    static void setUp() {
        w = new TestWorld();
        long land = w.dept(w.district, "TNMT");
        for (Role role : Role.values()) {
            // a user with just this role, in the land department of the district (the leader has none)
            Long department = role == Role.LEADER || role == Role.ADMINISTRATOR ? null
                    : role == Role.DESK_OFFICER || role == Role.POSTAL_DESK ? w.dept(w.district, "MOTCUA") : land;
            w.core.organization().createUser(w.admin, "only." + role.name().toLowerCase().replace('_', '-'), role.name(),
                    w.district.id(), department, EnumSet.of(role), "mat-khau-123".toCharArray());
        }
    }

    @AfterAll
    static void tearDown() {
        w.close();
    }

    private static final java.util.Map<Role, Principal> ONLY = new java.util.EnumMap<>(Role.class);

    private static Principal only(Role role) {
        return ONLY.computeIfAbsent(role, r -> w.signIn("only." + r.name().toLowerCase().replace('_', '-')));
    }

    private static ActionRequest sample(ActionType type) {
        return switch (type) {
            case HAND_OVER -> new ActionRequest.HandOver(w.dept(w.district, "TNMT"));
            case TAKE -> new ActionRequest.Take();
            case FORWARD -> new ActionRequest.Forward(w.dept(w.district, "TNMT"), null);
            case RECALL -> new ActionRequest.Recall("nhầm");
            case RETURN_TO_PREVIOUS_STEP -> new ActionRequest.ReturnToPreviousStep("thiếu");
            case ACCEPT_TRANSFER -> new ActionRequest.AcceptTransfer();
            case RETURN_TRANSFER -> new ActionRequest.ReturnTransfer("thiếu");
            case REQUEST_SUPPLEMENT -> new ActionRequest.RequestSupplement(List.of("Giấy tờ"), "thiếu");
            case SUPPLEMENT_RECEIVED -> new ActionRequest.SupplementReceived();
            case REQUEST_FINANCIAL_OBLIGATION -> new ActionRequest.RequestFinancialObligation("thuế");
            case CONFIRM_PAYMENT -> new ActionRequest.ConfirmPayment();
            case RECORD_POSTING -> new ActionRequest.RecordPosting(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3), "xã", "không");
            case APOLOGIZE -> new ActionRequest.Apologize(LocalDateTime.of(2025, 7, 1, 8, 0), "quá tải");
            case WITHDRAW -> new ActionRequest.Withdraw("rút");
            case STOP -> new ActionRequest.Stop("dừng");
            case FINISH -> new ActionRequest.Finish("xong");
            case RETURN_RESULT -> new ActionRequest.ReturnResult("trả");
            case CORRECT_PROCEDURE -> new ActionRequest.CorrectProcedure(TestWorld.LAND, "sửa");
            case RECEIVE, REFUSE -> null;
        };
    }

    @Test
    void everyRoleAgainstEveryActionOnADossierAtTheDepartment() {
        for (Role role : Role.values()) {
            for (ActionType type : ActionType.values()) {
                if (type == ActionType.RECEIVE || type == ActionType.REFUSE) {
                    continue;
                }
                DossierView d = w.landAtDepartment();
                ActionRequest request = sample(type);
                Principal actor = only(role);
                String where = role + " × " + type;
                if (!RoleMatrix.allows(Set.of(role), type)) {
                    MotCuaException e = assertThrows(MotCuaException.class,
                            () -> w.core.workflow().perform(actor, d.id(), d.version(), request), where);
                    assertEquals("action.roleDenied", e.key(), where);
                    assertTrue(!w.core.workflow().allowedActions(actor, d.id()).contains(type), where + " is offered");
                } else {
                    try {
                        w.core.workflow().perform(actor, d.id(), d.version(), request);
                    } catch (MotCuaException e) {
                        assertNotEquals("action.roleDenied", e.key(), where);
                    }
                }
            }
        }
    }

    @Test
    void receivingNeedsADeskRole() {
        for (Role role : Role.values()) {
            Principal actor = only(role);
            boolean allowed = role == Role.DESK_OFFICER || role == Role.POSTAL_DESK;
            if (allowed) {
                assertEquals(TestWorld.LAND, w.core.workflow().receive(actor, TestWorld.request(TestWorld.LAND,
                        role == Role.POSTAL_DESK ? Channel.POSTAL : Channel.WALK_IN)).procedureCode());
            } else {
                TestWorld.refused("action.roleDenied",
                        () -> w.core.workflow().receive(actor, TestWorld.request(TestWorld.LAND, Channel.WALK_IN)));
            }
        }
        TestWorld.refused("action.roleDenied", () -> w.core.workflow().refuse(only(Role.POSTAL_DESK),
                TestWorld.request(TestWorld.LAND, Channel.POSTAL), "không thuộc thẩm quyền"));
    }

    @Test
    void theUiIsOfferedExactlyWhatTheCoreAccepts() {
        DossierView d = w.landAtDepartment();
        Set<ActionType> specialist = w.core.workflow().allowedActions(w.landSpecialist, d.id());
        assertTrue(specialist.containsAll(EnumSet.of(ActionType.FORWARD, ActionType.REQUEST_SUPPLEMENT,
                ActionType.REQUEST_FINANCIAL_OBLIGATION)), specialist.toString());
        assertTrue(!specialist.contains(ActionType.RECORD_POSTING), "no posting is offered on a step without one");
        TestWorld.refused("posting.notRequired", () -> w.act(w.landSpecialist, d, new ActionRequest.RecordPosting(
                LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3), "xã", "không")));
        assertEquals(EnumSet.of(ActionType.WITHDRAW), w.core.workflow().allowedActions(w.desk, d.id()));
        assertTrue(w.core.workflow().allowedActions(w.justice, d.id()).isEmpty(), "another department sees no action");
    }
}
