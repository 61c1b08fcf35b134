// SPDX-License-Identifier: EPL-2.0
package org.motcua.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.motcua.core.i18n.Messages;

/** Checks the resource bundle of {@link Messages} (kept here: the i18n package has no test folder). */
class MessagesTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("org/motcua/core/i18n/" + name)) {
            assertTrue(in != null, name + " not found");
            return in.readAllBytes();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(resource(name))) {
            p.load(in);
        }
        return p;
    }

    @Test
    void filesArePureAscii() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            for (byte b : resource(name)) {
                assertTrue(b >= 0 && b < 128, name + " has a non-ASCII byte");
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(vi.keySet(), en.keySet());
        assertTrue(vi.size() >= 30);
    }

    @Test
    void everyPatternFormatsAndHasNoStrayApostrophe() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertFalse(pattern.replace("''", "").contains("'"), name + " " + key + " has a single apostrophe");
                // numbers fit every argument, including {n,choice,...} ones (up to ten: an office's audit note has nine)
                String text = new MessageFormat(pattern).format(new Object[] {1, 2, 0, 1, 1, 1, 1, 1, 1, 1});
                assertFalse(text.contains("{"), name + " " + key);
            }
        }
    }

    @Test
    void vietnameseIsTheDefaultWhateverTheJvmLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals("Chưa nhập số điện thoại.", Messages.get(Messages.VIETNAMESE, "validation.phone.empty"));
            assertEquals("Chưa nhập số điện thoại.", Messages.get(Locale.FRENCH, "validation.phone.empty"));
            assertEquals("Chưa nhập số điện thoại.", Messages.get(null, "validation.phone.empty"));
            Locale.setDefault(Messages.VIETNAMESE);
            assertEquals("The phone number is missing.", Messages.get(Messages.ENGLISH, "validation.phone.empty"));
            assertEquals("The phone number is missing.", Messages.get(Locale.US, "validation.phone.empty"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void argumentsAndMissingKeys() {
        assertEquals("A mobile number must have 10 digits (it has 9).",
                Messages.get(Messages.ENGLISH, "validation.phone.length", "9"));
        assertEquals("!no.such.key!", Messages.get(Messages.VIETNAMESE, "no.such.key"));
        assertTrue(Messages.exists(Messages.ENGLISH, "validation.cccd.length"));
        assertFalse(Messages.exists(Messages.ENGLISH, "no.such.key"));
        assertEquals("vi", Messages.VIETNAMESE.getLanguage());
    }

    @Test
    void aLocalizedArgumentIsShownInTheLanguageOfTheMessage() {
        Object label = new org.motcua.core.i18n.Localized("input.applicantName");
        assertEquals("The applicant's name is 512 characters long; at most 200 are allowed (an emoji counts as 2)."
                + " Shorten it and save again.",
                Messages.get(Messages.ENGLISH, "input.tooLong", label, 512, 200));
        assertTrue(Messages.get(Messages.VIETNAMESE, "input.tooLong", label, 512, 200)
                .startsWith("Họ tên người nộp hồ sơ dài 512 ký tự, quá giới hạn 200 ký tự"));
    }
}
