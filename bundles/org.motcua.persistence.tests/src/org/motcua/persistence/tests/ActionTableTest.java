// SPDX-License-Identifier: EPL-2.0
package org.motcua.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.motcua.core.internal.workflow.ActionTable;

/**
 * The transition and role table in docs/core.md is the one the registered action handlers declare: the test
 * renders it from the handlers and fails, with the expected text, when the documentation says otherwise.
 */
class ActionTableTest {

    static final String BEGIN = "<!-- actions:begin (rendered from the action handlers; ActionTableTest checks it) -->";
    static final String END = "<!-- actions:end -->";

    @Test
    void docsCoreMdShowsTheTableOfTheRegisteredHandlers() throws IOException {
        Path tree = Path.of(System.getProperty("motcua.sourceTree", "../.."));
        Path doc = tree.resolve("docs/core.md");
        assertTrue(Files.isRegularFile(doc), "no docs/core.md under " + tree.toAbsolutePath());
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/core.md has no " + BEGIN + " … " + END + " block");
        String documented = text.substring(begin + BEGIN.length(), end).strip();
        String expected = ActionTable.markdown().strip();
        assertEquals(expected, documented, "docs/core.md disagrees with the action handlers; put this table between the "
                + "markers:\n" + expected + "\n");
    }
}
