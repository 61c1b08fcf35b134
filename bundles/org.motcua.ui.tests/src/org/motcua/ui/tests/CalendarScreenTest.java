// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.ui.tests.DeskAndDepartmentTest.signIn;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.demo.DongThapDefaults;
import org.motcua.ui.internal.Messages;

/**
 * The working calendar screen of a real office (issue 16.6): the province's administrator enters the year's
 * national holidays from the proposal, and changes an office's receipt cut-off from a day after today, its basis
 * written beside it.
 */
class CalendarScreenTest {

    @BeforeAll
    static void demoWorkspace() throws Exception {
        DeskAndDepartmentTest.newDemoWorkspace();
    }

    @Test
    void theYearsHolidaysAreProposedAndAnOfficesCutOffChangesFromADate() {
        WorkbenchRunner.drive((workbench, robot) -> {
            robot.shell(Messages.SignIn_title);
            Shell main = robot.ui(() -> (Shell) workbench.getApplication().getChildren().get(0).getWidget());
            signIn(workbench, robot, "admin");
            robot.menu(main, "Quản trị", "Lịch làm việc");
            robot.waitFor("the offices", () -> !robot.items("admin.calendar.office").isEmpty());

            // 2028 is not entered yet: the rules propose 1/1 (a Saturday: Monday 3/1), 10/3 lunar, 30/4 (a Sunday:
            // Tuesday 2/5, since Monday is 1/5), 1/5 and 2/9 (a Saturday: Monday 4/9)
            Spinner year = robot.widget("admin.calendar.year", Spinner.class);
            robot.ui(() -> {
                year.setSelection(2028);
                year.notifyListeners(SWT.Selection, new Event());
                return null;
            });
            robot.waitFor("the proposals", () -> rows(robot, "admin.calendar.proposals").size() == 5);
            List<String> proposed = rows(robot, "admin.calendar.proposals");
            assertTrue(proposed.get(0).startsWith("03/01/2028"), proposed.toString());
            assertTrue(proposed.stream().anyMatch(r -> r.startsWith("02/05/2028") && r.contains("Nghỉ bù Ngày Chiến thắng")
                    && r.contains("BLLĐ 2019 Điều 111 khoản 3")), proposed.toString());
            assertTrue(proposed.stream().anyMatch(r -> r.startsWith("04/09/2028")), proposed.toString());
            robot.menu(main, "Quản trị", "Lịch làm việc"); // in front of the dashboard the leaders' addon may open
            robot.screenshot("admin-calendar-proposals");
            robot.click("admin.calendar.addProposals");
            robot.waitFor("the days entered", () -> robot.text("admin.calendar.message").startsWith("Đã ghi 5 ngày nghỉ lễ năm 2028"));
            robot.waitFor("the calendar of 2028", () -> rows(robot, "admin.calendar.table").size() == 5);
            robot.waitFor("nothing left to propose", () -> rows(robot, "admin.calendar.proposals").isEmpty());
            assertEquals(false, robot.enabled("admin.calendar.addProposals"));

            // Tháp Mười: hours, cut-off and inter-level time, from tomorrow on
            robot.select("admin.calendar.office", DongThapDefaults.THAP_MUOI + " ");
            TabFolder tabs = robot.widget("admin.calendar.tabs", TabFolder.class);
            robot.ui(() -> {
                tabs.setSelection(1);
                return null;
            });
            robot.waitFor("the office's settings", () -> rows(robot, "admin.calendar.settings").size() == 1);
            String tomorrow = robot.text("admin.calendar.from");
            robot.type("admin.calendar.cutOff", "16:30");
            robot.type("admin.calendar.basis", "");
            robot.click("admin.calendar.saveSettings");
            robot.waitFor("the refusal", () -> robot.text("admin.calendar.message").contains("hãy ghi căn cứ"));
            assertEquals(1, rows(robot, "admin.calendar.settings").size(), "nothing written");
            robot.type("admin.calendar.basis", "QĐ 12/2026/QĐ-UBND (ví dụ)");
            robot.type("admin.calendar.sla", "2");
            robot.click("admin.calendar.saveSettings");
            robot.waitFor("the settings saved", () -> robot.text("admin.calendar.message").startsWith("Đã lưu thiết lập áp dụng từ " + tomorrow));
            robot.waitFor("two entries", () -> rows(robot, "admin.calendar.settings").size() == 2);
            String row = rows(robot, "admin.calendar.settings").get(1);
            assertTrue(row.startsWith(tomorrow) && row.contains("16:30") && row.contains("QĐ 12/2026/QĐ-UBND (ví dụ)")
                    && row.contains("| 2 |") && row.contains("admin"), row);
            assertTrue(rows(robot, "admin.calendar.settings").get(0).contains("từ khi tạo đơn vị"));
            robot.menu(main, "Quản trị", "Lịch làm việc");
            robot.screenshot("admin-calendar-settings");
        });
    }

    /** @return the rows of a table, cells joined by " | " */
    private static List<String> rows(Robot robot, String id) {
        Table table = robot.widget(id, Table.class);
        return robot.ui(() -> {
            List<String> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < table.getColumnCount(); i++) {
                    row.append(i == 0 ? "" : " | ").append(item.getText(i));
                }
                rows.add(row.toString());
            }
            return rows;
        });
    }
}
