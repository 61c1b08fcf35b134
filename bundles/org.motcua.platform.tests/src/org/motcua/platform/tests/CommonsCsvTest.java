// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Commons CSV inside OSGi: Vietnamese text, commas, quotes and line breaks survive a round trip. */
class CommonsCsvTest {

    @Test
    void roundTripsVietnameseRecords() throws Exception {
        List<List<String>> rows = List.of(
                List.of("000.00.00.H20-250627-0001", "Nguyễn Văn Ân", "Xã Mỹ Hội, huyện Cao Lãnh, Đồng Tháp", "Đúng hạn"),
                List.of("000.00.00.H20-250627-0002", "Trần Thị \"Bé\" Hai", "Phường 1,\nTP. Cao Lãnh", "Trễ hạn"));
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("Mã hồ sơ", "Người nộp", "Địa chỉ", "Tình trạng").get();

        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        String csv = out.toString();
        assertTrue(csv.startsWith("Mã hồ sơ,Người nộp,Địa chỉ,Tình trạng\r\n"), csv);
        assertTrue(csv.contains("\"Trần Thị \"\"Bé\"\" Hai\""), "quotes must be doubled: " + csv);
        // survives an encode/decode through UTF-8 bytes, as a file would
        String reread = new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        CSVFormat readFormat = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(reread), readFormat)) {
            List<CSVRecord> records = parser.getRecords();
            assertEquals(List.of("Mã hồ sơ", "Người nộp", "Địa chỉ", "Tình trạng"), parser.getHeaderNames());
            assertEquals(2, records.size());
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(rows.get(i), records.get(i).toList());
            }
            assertEquals("Phường 1,\nTP. Cao Lãnh", records.get(1).get("Địa chỉ"));
        }
    }
}
