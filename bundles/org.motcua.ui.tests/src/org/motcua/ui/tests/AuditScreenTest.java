// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.audit.AuditKind;
import org.motcua.core.audit.AuditQuery;
import org.motcua.core.dossier.Channel;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.ui.internal.parts.AuditPart;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.SessionAddon;

/**
 * The audit screen (issue 15.2), driven in the real workbench: a desk officer has none; the Tháp Mười leader reads
 * the desk's receipt among the records, filters them by user and kind, checks the chains and exports what is shown
 * (the export itself recorded); a row changed behind the application's back is named at the next check.
 */
class AuditScreenTest {

    @BeforeAll
    static void demoWorkspace() throws Exception {
        DeskAndDepartmentTest.newDemoWorkspace();
    }

    @Test
    void aLeaderReadsFiltersChecksAndExportsTheRecordsAndSeesARewrittenRow() {
        WorkbenchRunner.drive((workbench, robot) -> {
            Steps.signIn(workbench, robot, "motcua.tm");
            assertFalse(robot.ui(() -> part(workbench).isToBeRendered()), "a desk officer has no audit screen");
            MotCuaSession desk = DeskAndDepartmentTest.session(workbench, robot);
            DossierView received = desk.core().workflow().receive(desk.actor(), new ReceiveRequest("DEMO.LAND",
                    Channel.WALK_IN, new ApplicantData("Lê Văn Kiểm", "087095000321", "0912 345 678", null,
                            "Mỹ An, Tháp Mười, Đồng Tháp", false), List.of()));
            Steps.command(workbench, "org.motcua.ui.command.signOut", null);

            Steps.signIn(workbench, robot, "lanhdao.tm");
            AuditPart audit = activate(workbench, robot);
            robot.waitFor("the leader's own sign-in among the last 30 days' records", () -> robot.ui(audit::rows)
                    .stream().anyMatch(r -> r.get(3).equals("lanhdao.tm") && r.get(4).equals("signin.ok")));

            robot.type("audit.user", "motcua.tm");
            robot.select("audit.kind", "Thao tác hồ sơ");
            robot.click("audit.show");
            List<List<String>> rows = robot.waitFor("the desk's actions", () -> {
                List<List<String>> shown = robot.ui(audit::rows);
                return !shown.isEmpty() && shown.stream().allMatch(r -> r.get(3).equals("motcua.tm")) ? shown : null;
            });
            assertTrue(rows.stream().allMatch(r -> r.get(1).equals("Thao tác hồ sơ")), "only dossier actions: " + rows);
            assertTrue(rows.stream().anyMatch(r -> r.get(5).equals(received.code()) && r.get(2).equals("H20.872")),
                    "the receipt, in the Tháp Mười chain: " + rows);

            robot.click("audit.verify");
            String intact = robot.waitFor("the check", () -> {
                String text = robot.text("audit.verification");
                return text.startsWith("Toàn vẹn") ? text : null;
            });
            assertTrue(intact.contains("chuỗi") && intact.contains("bản ghi"), intact);

            Path csv = unchecked(() -> Files.createTempFile("audit", ".csv"));
            robot.ui(() -> {
                audit.exportTo(() -> csv);
                return null;
            });
            robot.click("audit.export");
            robot.waitFor("the export", () -> robot.text("audit.message").startsWith("Đã xuất"));
            List<String> lines = unchecked(() -> Files.readAllLines(csv, StandardCharsets.UTF_8));
            assertEquals("\uFEFFThời gian,Loại,Đơn vị,Người thực hiện,Việc,Hồ sơ,Nội dung", lines.get(0));
            assertEquals(rows.size() + 1, lines.size(), "a line per record shown: " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.contains(received.code())));
            MotCuaSession leader = DeskAndDepartmentTest.session(workbench, robot);
            assertTrue(leader.core().audit().list(leader.actor(), new AuditQuery("lanhdao.tm", null, AuditKind.ADMIN,
                    null, null, 20)).stream().anyMatch(r -> r.action().equals("audit.export")), "the export is recorded");
            activate(workbench, robot); // in front of the dashboard the sign-in showed
            robot.idle();
            robot.screenshot("audit-screen");

            // someone with the database rewrites who received the dossier: the next check names the chain and row
            int rewritten = unchecked(() -> {
                try (Connection c = leader.backend().dataSource().orElseThrow().getConnection();
                        Statement s = c.createStatement()) {
                    return s.executeUpdate("UPDATE dossier_action SET actor = 'lanhdao.tm' WHERE actor = 'motcua.tm'");
                }
            });
            assertTrue(rewritten > 0);
            robot.click("audit.verify");
            String broken = robot.waitFor("the broken chain", () -> {
                String text = robot.text("audit.verification");
                return text.contains("không khớp") ? text : null;
            });
            assertTrue(broken.contains("Thao tác hồ sơ của H20.872"), broken);
            activate(workbench, robot);
            robot.idle();
            robot.screenshot("audit-broken-chain");
        });
    }

    private static <T> T unchecked(java.util.concurrent.Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditPart activate(E4Workbench workbench, Robot robot) {
        robot.ui(() -> {
            MPart part = part(workbench);
            part.getContext().get(EPartService.class).activate(part);
            return null;
        });
        return robot.waitFor("the audit screen", () -> part(workbench).getObject() instanceof AuditPart p ? p : null);
    }

    private static MPart part(E4Workbench workbench) {
        MWindow window = (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.motcua.ui.window.main", workbench.getApplication());
        return window.getContext().get(EPartService.class).findPart(SessionAddon.PART_AUDIT);
    }
}
