// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motcua.ui.tests.DeskAndDepartmentTest.session;
import static org.motcua.ui.tests.DeskAndDepartmentTest.signIn;
import static org.motcua.ui.tests.DeskAndDepartmentTest.signOut;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motcua.demo.DongThapDefaults;
import org.motcua.ui.internal.Messages;
import org.motcua.ui.internal.session.MotCuaSession;

/**
 * Identity as the users meet it (issue 13): an administrator resets a password and the user must choose a new
 * one before anything else; repeated wrong passwords lock an account until an administrator unlocks it.
 */
class IdentityTest {

    @BeforeAll
    static void demoWorkspace() throws Exception {
        DeskAndDepartmentTest.newDemoWorkspace();
    }

    @Test
    void aResetForcesANewPasswordAndALockedAccountIsUnlockedByTheAdministrator() {
        WorkbenchRunner.drive((workbench, robot) -> {
            robot.shell(Messages.SignIn_title);
            Shell main = robot.ui(() -> (Shell) workbench.getApplication().getChildren().get(0).getWidget());

            // the administrator gives vpdk.tm a temporary password
            signIn(workbench, robot, "admin");
            users(robot, main);
            robot.selectRow("admin.users.table", "vpdk.tm");
            robot.type("admin.users.password", "tam-thoi-123");
            robot.type("admin.users.passwordAgain", "tam-thoi-123");
            robot.click("admin.users.resetPassword");
            robot.waitFor("the reset", () -> robot.text("admin.users.message").startsWith("Đã đặt mật khẩu tạm"));
            // the message comes first, the table is read again in the background after it
            robot.waitFor("the reset on the row", () -> row(robot, "vpdk.tm").contains("Phải đổi mật khẩu"));
            robot.screenshot("users-reset-password");
            signOut(workbench, robot);

            // vpdk.tm signs in with it and must choose a new one before any screen opens
            signInWith(robot, "vpdk.tm", "tam-thoi-123");
            robot.shell(Messages.Password_title);
            robot.type("password.current", "tam-thoi-123");
            robot.type("password.new", "moi-cua-toi-1");
            robot.type("password.repeat", "moi-cua-toi-2");
            robot.pressOk(Messages.Password_title);
            robot.waitFor("the mismatch", () -> robot.text("password.problem").equals(Messages.Password_mismatch));
            robot.type("password.repeat", "moi-cua-toi-1");
            robot.screenshot("password-forced-change");
            robot.ok(Messages.Password_title);
            robot.waitFor("signed in as vpdk.tm", () -> {
                MotCuaSession s = robot.ui(() -> workbench.getApplication().getContext().get(MotCuaSession.class));
                return s != null && s.user().username().equals("vpdk.tm");
            });
            assertEquals("vpdk.tm", session(workbench, robot).core().sessions()
                    .currentUser(session(workbench, robot).principal()).username());
            signOut(workbench, robot);

            // five wrong passwords lock ldtbxh.tm; even the right one is refused then
            for (int i = 1; i <= 5; i++) {
                signInWith(robot, "ldtbxh.tm", "sai-mat-khau");
                robot.waitFor("attempt " + i + " answered", () -> !robot.text("signin.problem").isEmpty()
                        && !robot.text("signin.problem").equals(Messages.SignIn_checking));
                assertTrue(robot.text("signin.problem").startsWith("Sai tên đăng nhập"), i + ": " + robot.text("signin.problem"));
            }
            signInWith(robot, "ldtbxh.tm", org.motcua.demo.DemoOffices.PASSWORD);
            robot.waitFor("the lock", () -> robot.text("signin.problem").startsWith("Tài khoản tạm khóa"));
            robot.screenshot("signin-locked");

            // the administrator sees the lock and lifts it; the right password works again
            robot.type("signin.username", "admin");
            robot.type("signin.password", org.motcua.demo.DemoOffices.PASSWORD);
            robot.ok(Messages.SignIn_title);
            robot.waitFor("signed in as admin", () -> {
                MotCuaSession s = robot.ui(() -> workbench.getApplication().getContext().get(MotCuaSession.class));
                return s != null && s.user().username().equals("admin");
            });
            users(robot, main);
            assertTrue(row(robot, "ldtbxh.tm").contains("Tạm khóa đến"), row(robot, "ldtbxh.tm"));
            robot.selectRow("admin.users.table", "ldtbxh.tm");
            robot.menu(main, "Quản trị", "Người dùng"); // in front of the dashboard the leaders' addon opens
            robot.screenshot("users-locked-account");
            robot.click("admin.users.unlock");
            robot.waitFor("the unlock", () -> robot.text("admin.users.message").startsWith("Đã mở khóa"));
            signOut(workbench, robot);
            signIn(workbench, robot, "ldtbxh.tm");
        });
    }

    @Test
    void theDesktopLocksWhenIdleAndTheHalfTypedFormIsThereAfterThePassword() {
        System.setProperty("motcua.idleLockSeconds", "3");
        try {
            WorkbenchRunner.drive((workbench, robot) -> {
                signIn(workbench, robot, "motcua.tm");
                robot.waitFor("the procedures", () -> !robot.items("intake.procedure").isEmpty());
                robot.type("intake.name", "Trần Thị Đang Nhập");
                // nobody touches the workstation: the lock covers the window
                Shell lock = robot.shell(Messages.Lock_title);
                assertTrue(robot.ui(() -> lock.getBounds().width >= ((Shell) workbench.getApplication().getChildren()
                        .get(0).getWidget()).getBounds().width), "the lock covers the whole window");
                robot.screenshot("idle-lock");
                robot.type("lock.password", "sai-mat-khau");
                robot.pressOk(Messages.Lock_title);
                robot.waitFor("the refusal", () -> robot.text("lock.problem").startsWith("Sai"));
                robot.type("lock.password", org.motcua.demo.DemoOffices.PASSWORD);
                robot.ok(Messages.Lock_title);
                assertEquals("Trần Thị Đang Nhập", robot.text("intake.name"), "the half-typed form is kept");
                signOut(workbench, robot); // before the robot's silence locks it again
                robot.shell(Messages.SignIn_title);
            });
        } finally {
            System.clearProperty("motcua.idleLockSeconds");
        }
    }

    /** Types and presses OK; the dialog stays open when the core refuses, with its message under the fields. */
    private static void signInWith(Robot robot, String username, String password) {
        robot.shell(Messages.SignIn_title);
        robot.type("signin.username", username);
        robot.type("signin.password", password);
        robot.ui(() -> {
            ((org.eclipse.swt.widgets.Label) robot.find("signin.problem")).setText("");
            return null;
        });
        robot.pressOk(Messages.SignIn_title);
    }

    private static void users(Robot robot, Shell main) {
        robot.menu(main, "Quản trị", "Người dùng");
        robot.select("admin.users.office", DongThapDefaults.THAP_MUOI + " ");
        robot.waitFor("the users of Tháp Mười", () -> !row(robot, "vpdk.tm").isEmpty());
    }

    private static String row(Robot robot, String username) {
        return robot.ui(() -> {
            Table table = (Table) robot.find("admin.users.table");
            for (var item : table.getItems()) {
                if (item.getText(0).equals(username)) {
                    StringBuilder text = new StringBuilder();
                    for (int c = 0; c < table.getColumnCount(); c++) {
                        text.append(item.getText(c)).append(" | ");
                    }
                    return text.toString();
                }
            }
            return "";
        });
    }
}
