// SPDX-License-Identifier: EPL-2.0
package org.motcua.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intake form as a desk with a queue lives it (issue 18.2), in the real workbench at the Tháp Mười desk: the
 * fields hold still while validation messages come and go; the QR text of an identity card, as a desk scanner types
 * it, fills the applicant and moves on to the procedure; a scan that lost its diacritics is flagged; a broken scan
 * is refused with its reason; F1 opens the guide's section on intake, and the shortcut list names F1.
 */
class IntakeFormTest {

    private static final List<String> FIELDS = List.of("intake.name", "intake.idNumber", "intake.phone", "intake.email",
            "intake.address", "intake.organisation", "intake.procedure");

    @BeforeAll
    static void demoWorkspace() throws Exception {
        DeskAndDepartmentTest.newDemoWorkspace();
    }

    @Test
    void theFieldsHoldStillAndACardsQrCodeFillsTheApplicant() {
        WorkbenchRunner.drive((workbench, robot) -> {
            Steps.signIn(workbench, robot, "motcua.tm");
            robot.widget("intake.name", org.eclipse.swt.widgets.Text.class);
            robot.idle();
            Map<String, Rectangle> before = bounds(robot);

            // messages appear under the number, the phone and the e-mail, one of them long: nothing moves
            robot.type("intake.idNumber", "08709500012");
            robot.waitFor("the number's message", () -> robot.text("intake.idProblem").contains("12"));
            robot.type("intake.phone", "0912");
            robot.type("intake.email", "khong-phai-thu@");
            robot.waitFor("the e-mail's message", () -> !robot.text("intake.emailProblem").isEmpty());
            robot.idle();
            assertEquals(before, bounds(robot), "every field where it was before the messages");

            // a chip CCCD's QR code, typed by a desk scanner where the cursor is (the name), ends with its Enter
            robot.type("intake.name", "087095000123|341234567|Nguyễn Văn Ồ|15031995|Nam|Ấp 3, xã Mỹ An, huyện Tháp Mười,"
                    + " Đồng Tháp|10082021");
            robot.enter("intake.name");
            robot.waitFor("the applicant filled", () -> robot.text("intake.name").equals("Nguyễn Văn Ồ"));
            assertEquals("087095000123", robot.text("intake.idNumber"));
            assertEquals("Ấp 3, xã Mỹ An, huyện Tháp Mười, Đồng Tháp", robot.text("intake.address"));
            assertEquals("Hợp lệ — theo mã QR: sinh 15/03/1995, Nam", robot.text("intake.idProblem"),
                    "the date of birth and sex read from the card, checked against the number");
            assertTrue(robot.ui(() -> robot.find("intake.procedure").isFocusControl()), "on to the procedure");
            assertTrue(!robot.enabled("intake.print"), "the scanner's Enter received no dossier");
            assertEquals(before, bounds(robot), "and still nothing moved");
            robot.screenshot("intake-qr-filled");

            // a keyboard-mode scanner that lost the Vietnamese letters: read, and the name flagged to check
            robot.click("intake.clear");
            robot.type("intake.idNumber", "087195000456||Nguyen Thi Anh|20061995|Nu|Tan Kieu, Thap Muoi|05052022");
            robot.waitFor("the name flagged", () -> robot.text("intake.nameProblem").contains("không có dấu"));
            assertEquals("Nguyen Thi Anh", robot.text("intake.name"));

            // a scan cut short: refused with its reason, the field emptied, the rest kept
            robot.click("intake.clear");
            robot.type("intake.phone", "0912 345 678");
            robot.type("intake.idNumber", "087095000123|341234567|Nguyễn Văn Ồ|15031995");
            robot.waitFor("the scan refused", () -> robot.text("intake.banner").contains("ít nhất 7 trường"));
            assertEquals("", robot.text("intake.idNumber"));
            assertEquals("0912 345 678", robot.text("intake.phone"));

            // F1 on the intake screen: the user guide's section on intake, shipped in the application
            Steps.command(workbench, "org.motcua.ui.command.help", null);
            robot.shell("Hướng dẫn — 2. Tiếp nhận hồ sơ");
            String guide = robot.waitFor("the section", () -> robot.text("help.text").isEmpty() ? null
                    : robot.text("help.text"));
            assertTrue(guide.contains("Quét mã QR trên thẻ căn cước") && !guide.contains("## 3."), guide);
            assertTrue(guide.contains("chế độ bàn phím trên Linux"), "a paragraph reads as one, wrapped by the viewer");
            robot.screenshot("help-intake");
            robot.answer("Hướng dẫn — 2. Tiếp nhận hồ sơ", org.eclipse.jface.dialogs.IDialogConstants.CLOSE_ID);
            Steps.command(workbench, "org.motcua.ui.command.shortcuts", null);
            robot.shell("Hướng dẫn — Phím tắt");
            String keys = robot.waitFor("the shortcuts", () -> robot.text("help.text").contains("F1") ? robot.text("help.text")
                    : null);
            assertTrue(keys.contains("F1\tHướng dẫn sử dụng") && keys.contains("Ctrl+Q\tThoát"), keys);
            robot.answer("Hướng dẫn — Phím tắt", org.eclipse.jface.dialogs.IDialogConstants.CLOSE_ID);
        });
    }

    private static Map<String, Rectangle> bounds(Robot robot) {
        return robot.ui(() -> {
            Map<String, Rectangle> where = new LinkedHashMap<>();
            for (String id : FIELDS) {
                where.put(id, robot.find(id).getBounds());
            }
            return where;
        });
    }
}
