// SPDX-License-Identifier: EPL-2.0
package org.motcua.platform.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;

/** ZXing inside OSGi: a dossier code is encoded as a QR code and decoded back from the pixels. */
class ZxingQrCodeTest {

    @Test
    void encodesAndDecodesADossierCode() throws Exception {
        String code = "000.00.00.H20-250627-0001";
        BitMatrix matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 240, 240,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
        assertEquals(240, matrix.getWidth());

        int[] pixels = new int[matrix.getWidth() * matrix.getHeight()];
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                boolean on = matrix.get(x, y);
                dark += on ? 1 : 0;
                pixels[y * matrix.getWidth() + x] = on ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        assertTrue(dark > pixels.length / 5 && dark < pixels.length * 4 / 5, "a QR code is roughly half dark: " + dark);

        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(matrix.getWidth(), matrix.getHeight(), pixels)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE));
        assertEquals(code, result.getText());
        assertEquals(BarcodeFormat.QR_CODE, result.getBarcodeFormat());
    }
}
