// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.MotCuaException;
import org.motcua.core.dossier.ActionType;
import org.motcua.core.dossier.Channel;
import org.motcua.core.dossier.DossierStatus;
import org.motcua.core.org.DepartmentKind;
import org.motcua.core.org.DepartmentRef;
import org.motcua.core.org.OfficeData;
import org.motcua.core.org.OfficeLevel;
import org.motcua.core.org.OfficeRef;
import org.motcua.core.org.Regime;
import org.motcua.core.org.Role;
import org.motcua.core.workflow.ActionRequest;
import org.motcua.core.workflow.ActionRule;
import org.motcua.core.workflow.ActionScope;
import org.motcua.core.security.Principal;
import org.motcua.core.workflow.DossierView;

/**
 * Role × scope × action: every action, for every role, from the department its scope allows, from every other
 * department of the same office and from the same department of another office. What each cell must give is
 * derived from the rules the core declares ({@code WorkflowService.rules()}: roles and scope) and from where the
 * situation put the dossier (its receiving desk, holder, office, transfer, sender), not copied cell by cell:
 * allowed (and then performed, and offered by {@code allowedActions}), or the specific refusal (and not offered).
 */
class RoleActionMatrixTest {

    private static TestWorld w;
    /** Old references of the legacy dossiers the matrix imports. */
    private static final java.util.concurrent.atomic.AtomicInteger LEGACY = new java.util.concurrent.atomic.AtomicInteger();
    /** A district of the same level as Tháp Mười: the "another office" of the district's cells. */
    private static OfficeRef otherDistrict;

    @BeforeAll
    static void setUp() {
        w = new TestWorld();
        var org = w.core.organization();
        otherDistrict = org.createOffice(w.admin, new OfficeData("H20.873", "Bộ phận một cửa huyện Cao Lãnh",
                OfficeLevel.DISTRICT, Regime.DECREE_61_2018, w.province.id(), null, LocalTime.of(15, 0), BigDecimal.ONE));
        for (String code : List.of("TNMT", "LDTBXH")) {
            org.createDepartment(w.admin, otherDistrict.id(), code, "Phòng " + code, DepartmentKind.INTERNAL);
        }
        // Cao Lãnh district abolished (the matrix's own legal date) with Tháp Mười as its successor: the hand-over's cells
        ((org.motcua.core.engine.CoreEngine) w.core).transitions().recordSuccessor(w.admin, otherDistrict.code(),
                w.district.code(), LocalDate.of(2025, 1, 1), "NQ 1663/NQ-UBTVQH15");
        // a second desk in the district: another department of the same office, and a desk
        org.createDepartment(w.admin, w.district.id(), "MOTCUA2", "Quầy một cửa số 2", DepartmentKind.DESK);
    }

    @AfterAll
    static void tearDown() {
        w.close();
    }

    // ---- where the actor sits ------------------------------------------------------------------------

    /** A department of an office, by code. */
    record Place(OfficeRef office, String dept) {

        boolean isDesk() {
            return kind() == DepartmentKind.DESK;
        }

        DepartmentKind kind() {
            return w.core.organization().departments(office.id()).stream().filter(d -> d.code().equals(dept))
                    .map(DepartmentRef::kind).findFirst().orElseThrow();
        }

        Principal user(Role role) {
            return w.user(office, dept, role);
        }

        @Override
        public String toString() {
            return office.code() + "/" + dept;
        }
    }

    private static Place at(OfficeRef office, String dept) {
        return new Place(office, dept);
    }

    private static Place districtDesk() {
        return at(w.district, "MOTCUA");
    }

    private static Place land() {
        return at(w.district, "TNMT");
    }

    /** @return the department the scope allows, every other department of its office, the same one elsewhere */
    private static List<Place> cells(Place own) {
        List<Place> places = new ArrayList<>();
        places.add(own);
        for (DepartmentRef d : w.core.organization().departments(own.office().id())) {
            if (!d.code().equals(own.dept())) {
                places.add(at(own.office(), d.code()));
            }
        }
        OfficeRef other = own.office().id() == w.district.id() ? otherDistrict : w.district;
        places.add(at(other, own.dept()));
        return places;
    }

    // ---- the situations: a dossier prepared for each action, and where the scope puts it ---------------

    /**
     * One action on a dossier prepared for it (intake: no dossier).
     *
     * @param type        the action, whose declared rule gives the roles and the scope
     * @param name        what the situation is
     * @param own         the department the scope allows (intake: the desk the actor receives at)
     * @param receiving   the dossier's receiving desk
     * @param holder      the department holding it ({@code null}: none yet)
     * @param current     the office it is in
     * @param transferTo  the office a pending transfer is addressed to, or {@code null}
     * @param atDesk      whether it is still at the desk stage (status 2)
     * @param sender      who sends it on in {@link #prepare} when the actor has {@code role} ({@code null}: none)
     * @param prepare     makes a fresh dossier for an actor with {@code role}
     * @param attempt     the action by {@code actor} on the dossier
     */
    record Situation(ActionType type, String name, Place own, Place receiving, Place holder, OfficeRef current,
            OfficeRef transferTo, boolean atDesk, Function<Role, Principal> sender, Function<Role, DossierView> prepare,
            BiFunction<Principal, DossierView, DossierView> attempt) {

        /** @return the rule the core declares for the action (an incomplete receipt: the supplement request's) */
        ActionRule rule() {
            return w.core.workflow().rules().rule(type).orElseThrow();
        }

        /** @return the scope the rule declares; an incomplete receipt is an intake like RECEIVE and REFUSE */
        ActionScope scope() {
            return name.startsWith("intake") ? ActionScope.INTAKE : rule().scope();
        }

        boolean intake() {
            return scope() == ActionScope.INTAKE;
        }
    }

    private static BiFunction<Principal, DossierView, DossierView> perform(Function<DossierView, ActionRequest> request) {
        return (actor, d) -> w.act(actor, d, request.apply(d));
    }

    private static Situation onDossier(ActionType type, String name, Place own, Place holder, boolean atDesk,
            Function<Role, DossierView> prepare, Function<DossierView, ActionRequest> request) {
        return new Situation(type, name, own, districtDesk(), holder, w.district, null, atDesk, role -> null, prepare,
                perform(request));
    }

    private static List<Situation> situations() {
        List<Situation> all = new ArrayList<>();
        // intake: the actor's own desk; another office's desk receives into its own office
        all.add(new Situation(ActionType.RECEIVE, "intake: receive", districtDesk(), null, null, null, null, true,
                role -> null, role -> null, (actor, d) -> w.core.workflow().receive(actor, TestWorld.request(TestWorld.LAND,
                        actor.username().startsWith("postal") ? Channel.POSTAL : Channel.WALK_IN))));
        all.add(new Situation(ActionType.REFUSE, "intake: refuse (Mẫu 03)", districtDesk(), null, null, null, null, true,
                role -> null, role -> null, (actor, d) -> w.core.workflow().refuse(actor,
                        TestWorld.request(TestWorld.LAND, Channel.WALK_IN), "không thuộc thẩm quyền")));
        all.add(new Situation(ActionType.REQUEST_SUPPLEMENT, "intake: receive incomplete (Mẫu 02)", districtDesk(), null,
                null, null, null, true, role -> null, role -> null, (actor, d) -> w.core.workflow().receiveIncomplete(
                        actor, TestWorld.request(TestWorld.LAND, Channel.WALK_IN), List.of("Giấy chứng nhận"), "thiếu")));
        // the desk stage
        all.add(onDossier(ActionType.CORRECT_PROCEDURE, "at the desk", districtDesk(), districtDesk(), true,
                role -> w.receiveLand(), d -> new ActionRequest.CorrectProcedure(TestWorld.LAND, "sửa")));
        all.add(onDossier(ActionType.HAND_OVER, "at the desk", districtDesk(), districtDesk(), true,
                role -> w.receiveLand(), d -> new ActionRequest.HandOver(w.dept(w.district, "TNMT"))));
        all.add(onDossier(ActionType.REQUEST_SUPPLEMENT, "at the desk", districtDesk(), districtDesk(), true,
                role -> w.receiveLand(), d -> ActionRequest.RequestSupplement.of(List.of("Giấy tờ"), "thiếu")));
        all.add(onDossier(ActionType.SUPPLEMENT_RECEIVED, "requested at the desk", districtDesk(), districtDesk(), false,
                role -> w.act(w.desk, w.receiveLand(), ActionRequest.RequestSupplement.of(List.of("Giấy tờ"), "thiếu")),
                d -> new ActionRequest.SupplementReceived()));
        all.add(onDossier(ActionType.WITHDRAW, "at the desk", districtDesk(), districtDesk(), true,
                role -> w.receiveLand(), d -> new ActionRequest.Withdraw("rút")));
        all.add(onDossier(ActionType.APOLOGIZE, "at the desk", districtDesk(), districtDesk(), true,
                role -> w.receiveLand(), d -> new ActionRequest.Apologize(d.dueAt().plusDays(7), "quá tải")));
        all.add(onDossier(ActionType.STOP, "at the desk", districtDesk(), districtDesk(), true,
                role -> w.receiveLand(), d -> new ActionRequest.Stop("dừng")));
        all.add(new Situation(ActionType.RECALL, "handed over", districtDesk(), districtDesk(), land(), w.district, null,
                false, role -> role.isDesk() ? districtDesk().user(role) : w.desk,
                role -> w.act(role.isDesk() ? districtDesk().user(role) : w.desk, w.receiveLand(),
                        new ActionRequest.HandOver(w.dept(w.district, "TNMT"))),
                perform(d -> new ActionRequest.Recall("nhầm"))));
        // at the department
        all.add(onDossier(ActionType.TAKE, "handed over", land(), land(), false,
                role -> w.act(w.desk, w.receiveLand(), new ActionRequest.HandOver(w.dept(w.district, "TNMT"))),
                d -> new ActionRequest.Take()));
        all.add(onDossier(ActionType.FORWARD, "taken", land(), land(), false, role -> w.landAtDepartment(),
                d -> new ActionRequest.Forward(w.dept(w.district, "TNMT"), null)));
        all.add(new Situation(ActionType.RECALL, "forwarded", land(), districtDesk(), land(), w.district, null, false,
                role -> processes(role) ? land().user(role) : w.landSpecialist,
                role -> w.act(processes(role) ? land().user(role) : w.landSpecialist, w.landAtDepartment(),
                        new ActionRequest.Forward(w.dept(w.district, "TNMT"), null)),
                perform(d -> new ActionRequest.Recall("nhầm"))));
        all.add(onDossier(ActionType.RETURN_TO_PREVIOUS_STEP, "at the second step", land(), land(), false,
                role -> w.act(w.landHead, w.act(w.landSpecialist, w.landAtDepartment(),
                        new ActionRequest.Forward(w.dept(w.district, "TNMT"), null)), new ActionRequest.Take()),
                d -> new ActionRequest.ReturnToPreviousStep("thiếu")));
        all.add(onDossier(ActionType.RETURN_FOR_CORRECTION, "at the department", land(), land(), false,
                role -> w.landAtDepartment(), d -> new ActionRequest.ReturnForCorrection("sai thủ tục")));
        all.add(onDossier(ActionType.CORRECT_PROCEDURE, "sent back by the department", districtDesk(), districtDesk(),
                true, role -> w.act(w.landSpecialist, w.landAtDepartment(), new ActionRequest.ReturnForCorrection("sai")),
                d -> new ActionRequest.CorrectProcedure(TestWorld.LAND, "sửa")));
        all.add(onDossier(ActionType.REQUEST_SUPPLEMENT, "at the department", land(), land(), false,
                role -> w.landAtDepartment(), d -> ActionRequest.RequestSupplement.of(List.of("Giấy tờ"), "thiếu")));
        all.add(onDossier(ActionType.SUPPLEMENT_RECEIVED, "requested by the department", districtDesk(), land(), false,
                role -> w.act(w.landSpecialist, w.landAtDepartment(),
                        ActionRequest.RequestSupplement.of(List.of("Giấy tờ"), "thiếu")),
                d -> new ActionRequest.SupplementReceived()));
        all.add(onDossier(ActionType.REQUEST_FINANCIAL_OBLIGATION, "at the tax step", land(), land(), false,
                role -> w.landAtDepartment(), d -> new ActionRequest.RequestFinancialObligation("thuế")));
        all.add(onDossier(ActionType.CONFIRM_PAYMENT, "waiting for the tax", land(), land(), false,
                role -> w.act(w.landSpecialist, w.landAtDepartment(), new ActionRequest.RequestFinancialObligation("thuế")),
                d -> new ActionRequest.ConfirmPayment()));
        all.add(onDossier(ActionType.APOLOGIZE, "at the department", land(), land(), false, role -> w.landAtDepartment(),
                d -> new ActionRequest.Apologize(d.dueAt().plusDays(7), "quá tải")));
        all.add(onDossier(ActionType.WITHDRAW, "at the department", districtDesk(), land(), false,
                role -> w.landAtDepartment(), d -> new ActionRequest.Withdraw("rút")));
        all.add(onDossier(ActionType.STOP, "at the department", land(), land(), false, role -> w.landAtDepartment(),
                d -> new ActionRequest.Stop("dừng")));
        all.add(onDossier(ActionType.CLOSE_LEGACY, "imported, left open at the department", land(), land(), false,
                role -> w.importedLandAtDepartment("MATRIX-" + LEGACY.incrementAndGet(), LocalDateTime.of(2024, 11, 4, 8, 0)),
                d -> new ActionRequest.CloseLegacy("hệ thống cũ chưa kết thúc; người nộp đã nhận kết quả giấy")));
        all.add(new Situation(ActionType.HAND_TO_SUCCESSOR, "at the desk of an abolished district",
                at(w.province, "MOTCUA"), at(otherDistrict, "MOTCUA"), at(otherDistrict, "MOTCUA"), otherDistrict, null,
                true, role -> null, role -> w.core.workflow().receive(w.user(otherDistrict, "MOTCUA", Role.DESK_OFFICER),
                        TestWorld.request(TestWorld.LAND, Channel.WALK_IN)),
                perform(d -> new ActionRequest.HandToSuccessor())));
        all.add(onDossier(ActionType.FINISH, "at the last step", land(), land(), false, role -> landAtLastStep(),
                d -> new ActionRequest.Finish("xong")));
        all.add(onDossier(ActionType.RETURN_RESULT, "finished", districtDesk(), districtDesk(), false,
                role -> w.act(w.landSpecialist, landAtLastStep(), new ActionRequest.Finish(null)),
                d -> new ActionRequest.ReturnResult("trả")));
        // across levels: the commune's dossier posted, sent to the district, answered, finished there
        Place communeDesk = at(w.commune, "MOTCUA");
        Place communeSocial = at(w.commune, "LDTBXH");
        Place districtSocial = at(w.district, "LDTBXH");
        all.add(new Situation(ActionType.RECORD_POSTING, "at the commune's step", communeSocial, communeDesk,
                communeSocial, w.commune, null, false, role -> null, role -> socialAtCommune(),
                perform(d -> new ActionRequest.RecordPosting(LocalDate.of(2025, 5, 29), LocalDate.of(2025, 5, 30),
                        "Nhà văn hóa ấp 3", "Không có"))));
        for (ActionType type : List.of(ActionType.ACCEPT_TRANSFER, ActionType.RETURN_TRANSFER)) {
            all.add(new Situation(type, "sent to the district", districtDesk(), communeDesk, districtSocial, w.commune,
                    w.district, false, role -> null, role -> socialSentToDistrict(),
                    perform(d -> type == ActionType.ACCEPT_TRANSFER ? new ActionRequest.AcceptTransfer()
                            : new ActionRequest.ReturnTransfer("thiếu"))));
        }
        all.add(new Situation(ActionType.RETURN_RESULT, "finished at the district", communeDesk, communeDesk, communeDesk,
                w.district, null, false, role -> null, role -> socialFinishedAtDistrict(),
                perform(d -> new ActionRequest.ReturnResult("trả"))));
        return all;
    }

    private static boolean processes(Role role) {
        return role == Role.SPECIALIST || role == Role.DEPARTMENT_HEAD;
    }

    private static DossierView landAtLastStep() {
        DossierView d = w.act(w.landSpecialist, w.landAtDepartment(), new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        return w.act(w.landSpecialist, d, new ActionRequest.Take());
    }

    private static DossierView socialAtCommune() {
        DossierView d = w.core.workflow().receive(w.communeDesk, TestWorld.request(TestWorld.SOCIAL, Channel.WALK_IN));
        d = w.act(w.communeDesk, d, new ActionRequest.HandOver(w.dept(w.commune, "LDTBXH")));
        return w.act(w.communeSocial, d, new ActionRequest.Take());
    }

    /**
     * The commune's dossier posted for a week from next Monday (two working days at least, holidays or not: the
     * clock moves past it) and sent to the district.
     */
    private static DossierView socialSentToDistrict() {
        LocalDate monday = w.clock.now().toLocalDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        DossierView d = w.act(w.communeSocial, socialAtCommune(), new ActionRequest.RecordPosting(monday,
                monday.plusDays(7), "Nhà văn hóa ấp 3", "Không có"));
        w.clock.set(monday.plusDays(8).atTime(8, 0));
        return w.act(w.communeSocial, d, new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null));
    }

    private static DossierView socialFinishedAtDistrict() {
        DossierView d = w.act(w.desk, socialSentToDistrict(), new ActionRequest.AcceptTransfer()); // taken as accepted
        d = w.act(w.socialDistrict, d, new ActionRequest.Forward(w.dept(w.district, "LDTBXH"), null));
        d = w.act(w.socialDistrict, d, new ActionRequest.Take());
        return w.act(w.socialDistrict, d, new ActionRequest.Finish(null));
    }

    // ---- what a cell must give ---------------------------------------------------------------------

    /**
     * @return {@code null} when an actor with just {@code role} at {@code place} may take the situation's action,
     *         else the key of the refusal: the role first, then the scope as {@link ActionScope} defines it
     */
    private static String expected(Situation s, Role role, Place place, Principal actor) {
        if (!w.core.workflow().rules().permits(Set.of(role), s.type())) {
            return "action.roleDenied";
        }
        boolean desk = role.isDesk();
        return switch (s.scope()) {
            case INTAKE -> !place.isDesk() ? "action.notAtDesk" : desk ? null : "action.deskRoleRequired";
            case TRANSFER_RECEIVER -> place.office().id() != s.transferTo().id() ? "transfer.notForYou"
                    : !place.isDesk() ? "action.notAtDesk" : desk ? null : "action.deskRoleRequired";
            case RECEIVING_DESK -> receivingDesk(s, place, desk);
            case HOLDER_OR_RECEIVING_DESK -> desk && place.equals(s.holder()) ? null : receivingDesk(s, place, desk);
            case HOLDER_OR_RECEPTION -> s.atDesk() ? receivingDesk(s, place, desk) : holder(s, place);
            case HOLDER -> holder(s, place);
            case HOLDER_OR_LEADER -> role == Role.LEADER && place.office().id() == s.current().id() ? null : holder(s, place);
            case LAST_SENDER -> actor.equals(s.sender().apply(role)) ? null : "recall.notLastSender";
            case TOP_ADMINISTRATOR -> place.office().id() == w.province.id() ? null : "succession.topAdminOnly";
        };
    }

    private static String receivingDesk(Situation s, Place place, boolean desk) {
        return !place.equals(s.receiving()) ? "action.notReceivingDesk" : desk ? null : "action.deskRoleRequired";
    }

    private static String holder(Situation s, Place place) {
        return place.equals(s.holder()) ? null : "action.notYourDossier";
    }

    // ---- the matrix ------------------------------------------------------------------------------------

    @Test
    void everyActionForEveryRoleFromItsDepartmentAnotherDepartmentAndAnotherOffice() {
        List<Situation> situations = situations();
        Set<ActionType> covered = EnumSet.noneOf(ActionType.class);
        situations.forEach(s -> covered.add(s.type()));
        assertEquals(EnumSet.allOf(ActionType.class), covered, "every action has a situation");
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Situation s : situations) {
            int allowed = 0;
            for (Role role : Role.values()) {
                DossierView d = null; // one dossier per role, used again after each refusal (a refusal writes nothing)
                for (Place place : cells(s.own())) {
                    Principal actor = place.user(role);
                    String where = s.type() + " (" + s.name() + ") by " + role + " at " + place
                            + (place.equals(s.own()) ? " [own]" : "");
                    String expected = expected(s, role, place, actor);
                    if (d == null && !s.intake()) {
                        d = s.prepare().apply(role);
                    }
                    DossierView before = d;
                    if (!s.intake()) {
                        assertEquals(expected == null, w.core.workflow().allowedActions(actor, d.id()).contains(s.type()),
                                where + ": offered as the core decides");
                    }
                    try {
                        DossierView after = s.attempt().apply(actor, before);
                        if (expected != null) {
                            fail(where + ": allowed, expected " + expected);
                        }
                        allowed++;
                        check(s, place, before, after, where);
                        d = null; // used up
                    } catch (MotCuaException e) {
                        assertEquals(expected, e.key(), where + ": " + e.getMessage());
                    }
                    outcomes.merge(expected == null ? "allowed" : expected, 1, Integer::sum);
                }
            }
            assertTrue(allowed > 0, s.type() + " (" + s.name() + "): no cell allows it, so none of its cells can fail");
        }
        // every kind of answer is given somewhere: no cell kind is left untried
        for (String key : List.of("allowed", "action.roleDenied", "action.notReceivingDesk", "action.notAtDesk",
                "action.deskRoleRequired", "action.notYourDossier", "transfer.notForYou", "recall.notLastSender",
                "succession.topAdminOnly")) {
            assertTrue(outcomes.containsKey(key), key + " never expected: " + outcomes);
        }
    }

    /** An allowed cell did what the rule says, where the scope says. */
    private static void check(Situation s, Place place, DossierView before, DossierView after, String where) {
        ActionRule rule = s.rule();
        if (s.intake()) {
            assertEquals(place.office().code(), after.officeCode(), where + ": received into the actor's office");
            assertEquals(w.dept(place.office(), place.dept()), after.holderDepartmentId(),
                    where + ": held by the desk that received it");
            return;
        }
        assertEquals(before.id(), after.id());
        assertTrue(after.version() > before.version(), where + ": the version moves on");
        if (rule.to() != null) {
            assertEquals(rule.to(), after.status(), where);
        }
    }

    @Test
    void aDossierStillAtTheDeskIsTheReceivingDesksOnly() {
        // the inspection's finding: a specialist of another department paused the clock of a dossier at the desk
        DossierView d = w.receiveLand();
        TestWorld.refused("action.notReceivingDesk", () -> w.act(w.landSpecialist, d,
                ActionRequest.RequestSupplement.of(List.of("Bản đồ"), "thiếu")));
        TestWorld.refused("action.deskRoleRequired", () -> w.act(districtDesk().user(Role.DEPARTMENT_HEAD), d,
                ActionRequest.RequestSupplement.of(List.of("Bản đồ"), "thiếu")));
        Principal specialistAtDesk = districtDesk().user(Role.SPECIALIST);
        TestWorld.refused("action.deskRoleRequired", () -> w.core.workflow().receiveIncomplete(specialistAtDesk,
                TestWorld.request(TestWorld.LAND, Channel.WALK_IN), List.of("Bản đồ"), "thiếu"));
        TestWorld.refused("action.notAtDesk", () -> w.core.workflow().receiveIncomplete(w.landSpecialist,
                TestWorld.request(TestWorld.LAND, Channel.WALK_IN), List.of("Bản đồ"), "thiếu"));
        assertFalse(w.core.workflow().allowedActions(w.landSpecialist, d.id()).contains(ActionType.REQUEST_SUPPLEMENT));
        DossierView paused = w.act(w.desk, d, ActionRequest.RequestSupplement.of(List.of("Bản đồ"), "thiếu"));
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, paused.status());
        // the message names the desk that received the dossier, in both languages
        MotCuaException refusal = TestWorld.refused("action.notReceivingDesk", () -> w.act(
                at(w.district, "MOTCUA2").user(Role.DESK_OFFICER), paused, new ActionRequest.SupplementReceived()));
        String vi = refusal.getLocalizedMessage();
        assertTrue(vi.contains("Bộ phận một cửa – Bộ phận một cửa huyện Tháp Mười"), vi);
        assertTrue(refusal.message(Locale.ENGLISH).contains("only the desk staff of that desk"),
                refusal.message(Locale.ENGLISH));
    }

    @Test
    void theResultGoesBackToTheDeskThatReceivedTheDossier() {
        // the district's second desk: the dossiers it receives are its own, from reception to the result
        Place second = at(w.district, "MOTCUA2");
        Principal secondDesk = second.user(Role.DESK_OFFICER);
        DossierView d = w.core.workflow().receive(secondDesk, TestWorld.request(TestWorld.LAND, Channel.WALK_IN));
        assertEquals(w.dept(w.district, "MOTCUA2"), d.holderDepartmentId());
        TestWorld.refused("action.notReceivingDesk", () -> w.act(w.desk, d,
                new ActionRequest.HandOver(w.dept(w.district, "TNMT"))));
        DossierView handed = w.act(secondDesk, d, new ActionRequest.HandOver(w.dept(w.district, "TNMT")));
        handed = w.act(w.landSpecialist, handed, new ActionRequest.Take());
        handed = w.act(w.landSpecialist, handed, new ActionRequest.Forward(w.dept(w.district, "TNMT"), null));
        handed = w.act(w.landSpecialist, handed, new ActionRequest.Take());
        DossierView finished = w.act(w.landSpecialist, handed, new ActionRequest.Finish(null));
        assertEquals(w.dept(w.district, "MOTCUA2"), finished.holderDepartmentId(), "back at the desk that received it");
        TestWorld.refused("action.notReceivingDesk", () -> w.act(w.desk, finished, new ActionRequest.ReturnResult("trả")));
        assertEquals(DossierStatus.RETURNED, w.act(secondDesk, finished, new ActionRequest.ReturnResult("trả")).status());
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
