// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.core.dossier.Channel;
import org.motcua.core.workflow.ApplicantData;
import org.motcua.core.workflow.DossierView;
import org.motcua.core.workflow.ReceiveRequest;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.parts.InboxPart;
import org.motcua.ui.internal.session.MotCuaSession;
import org.motcua.ui.internal.session.SessionAddon;

/**
 * Search that fits a desk (issue 18.3, 18.4 "Enter opens"), driven in the real workbench at the Tháp Mười desk: the
 * tool bar's search finds "Nguyễn…" from "nguyen"; a code opens in lower case and by its last digits, and the old "not
 * found" goes; Enter on an inbox row opens the dossier; a known CCCD typed at intake lists the citizen's earlier
 * dossiers without their personal data, and one of them opens.
 */
class DeskSearchTest {

    private static final String O = "087095000123";

    @BeforeAll
    static void demoWorkspace() throws Exception {
        DeskAndDepartmentTest.newDemoWorkspace();
    }

    @Test
    void findOpenByCodeEnterOnTheInboxAndEarlierDossiersAtIntake() {
        WorkbenchRunner.drive((workbench, robot) -> {
            Steps.signIn(workbench, robot, "motcua.tm");
            MotCuaSession desk = DeskAndDepartmentTest.session(workbench, robot);
            DossierView o = receive(desk, "Nguyễn Văn Ồ", O);
            DossierView anh = receive(desk, "Nguyễn Thị Ánh", "087195000456");
            DossierView be = receive(desk, "Trần Thị Bé", "087195000789");
            DossierView again = receive(desk, "Nguyễn Văn Ồ", O);

            // the tool bar's search, without accents: every Nguyễn, newest first, not Trần Thị Bé
            robot.type("search.text", "nguyen");
            robot.enter("search.text");
            List<String> found = robot.waitFor("the search's results", () -> {
                List<String> rows = DeskAndDepartmentTest.rows(robot, "search.table");
                return rows.size() == 3 ? rows : null;
            });
            assertTrue(found.get(0).startsWith(again.code() + " | Nguyễn Văn Ồ | " + O), String.join("\n", found));
            assertTrue(found.get(1).startsWith(anh.code() + " | Nguyễn Thị Ánh"), String.join("\n", found));
            assertTrue(found.get(2).startsWith(o.code() + " | Nguyễn Văn Ồ"), String.join("\n", found));
            assertEquals(NLS.bind(Messages.Search_page, new Object[] { 1, 3, "nguyen" }), robot.text("search.banner"));
            robot.screenshot("search-results");
            // Enter on a result opens it
            enterOnRow(robot, "search.table", 1);
            waitForDossier(robot, anh.code());

            // opening by code: an unknown code says so; the tail in lower case opens, and the message goes
            robot.type("dossier.code", "H20.872-000000-9999");
            robot.click("dossier.find");
            robot.waitFor("not found", () -> robot.text("dossier.banner").contains("H20.872-000000-9999"));
            String tail = be.code().substring(be.code().length() - 4);
            robot.type("dossier.code", tail);
            robot.click("dossier.find");
            waitForDossier(robot, be.code());
            assertEquals("", robot.text("dossier.banner"), "the old \"not found\" is gone");
            robot.type("dossier.code", o.code().toLowerCase());
            robot.click("dossier.find");
            waitForDossier(robot, o.code());

            // Enter on an inbox row opens that dossier (the table's own "Enter moves down" does not win)
            show(workbench, robot, SessionAddon.PART_INBOX);
            robot.click("inbox.refresh"); // received through the core, not from a screen: the inbox reads them again
            robot.waitFor("the dossiers in the inbox", () -> inbox(workbench).codes(10).containsAll(List.of(o.code(), be.code())));
            int row = robot.ui(() -> inbox(workbench).codes(10).indexOf(be.code()));
            robot.ui(() -> {
                NatTable table = (NatTable) robot.find("inbox.table");
                table.doCommand(new SelectCellCommand(table, 1, row + 1, false, false)); // after the header row
                return null;
            });
            robot.key("inbox.table", SWT.CR, '\r');
            waitForDossier(robot, be.code());

            // intake: a CCCD the office knows lists the citizen's earlier dossiers, without their personal data
            show(workbench, robot, SessionAddon.PART_INTAKE);
            robot.type("intake.idNumber", O);
            List<String> earlier = robot.waitFor("the earlier dossiers", () -> {
                List<String> rows = DeskAndDepartmentTest.rows(robot, "intake.earlier");
                return rows.size() == 2 ? rows : null;
            });
            assertTrue(earlier.get(0).startsWith(again.code() + " | ") && earlier.get(1).startsWith(o.code() + " | "),
                    String.join("\n", earlier));
            assertFalse(String.join("\n", earlier).contains("Nguyễn") || String.join("\n", earlier).contains(O),
                    "no name, no number: " + earlier);
            assertEquals(Messages.Intake_earlierGroup + " " + NLS.bind(Messages.Intake_earlierCount, 2), earlierTitle(robot));
            robot.type("intake.name", "Nguyễn Văn Ồ");
            robot.screenshot("intake-earlier-dossiers");
            enterOnRow(robot, "intake.earlier", 1);
            waitForDossier(robot, o.code());
            // a number the office does not know
            show(workbench, robot, SessionAddon.PART_INTAKE);
            robot.type("intake.idNumber", "087095000999");
            robot.waitFor("no earlier dossier", () -> earlierTitle(robot).endsWith(Messages.Intake_earlierNone));
            assertEquals(List.of(), robot.ui(() -> DeskAndDepartmentTest.rows(robot, "intake.earlier")));
        });
    }

    /** Chooses row {@code index} of a table and presses Enter on it (its default selection, as a double-click). */
    private static void enterOnRow(Robot robot, String id, int index) {
        robot.ui(() -> {
            Table table = (Table) robot.find(id);
            table.setSelection(index);
            table.notifyListeners(SWT.DefaultSelection, new Event());
            return null;
        });
    }

    private static String earlierTitle(Robot robot) {
        return robot.ui(() -> ((org.eclipse.swt.widgets.Group) robot.find("intake.earlierGroup")).getText());
    }

    private static DossierView receive(MotCuaSession desk, String name, String idNumber) {
        return desk.core().workflow().receive(desk.actor(), new ReceiveRequest("DEMO.LAND", Channel.WALK_IN,
                new ApplicantData(name, idNumber, "0912 345 678", null, "Mỹ An, Tháp Mười, Đồng Tháp", false), List.of()));
    }

    private static void waitForDossier(Robot robot, String code) {
        robot.waitFor("dossier " + code, () -> robot.text("dossier.title").startsWith(code));
        robot.idle();
    }

    private static EPartService parts(E4Workbench workbench) {
        MWindow window = (MWindow) workbench.getApplication().getContext().get(EModelService.class)
                .find("org.motcua.ui.window.main", workbench.getApplication());
        return window.getContext().get(EPartService.class);
    }

    private static void show(E4Workbench workbench, Robot robot, String part) {
        robot.ui(() -> parts(workbench).showPart(part, PartState.ACTIVATE));
        robot.idle();
    }

    private static InboxPart inbox(E4Workbench workbench) {
        MPart part = parts(workbench).findPart(SessionAddon.PART_INBOX);
        return (InboxPart) part.getObject();
    }
}
