package vn.chibo.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** The demo articles' pictures: simple drawings, no text and no photograph of anyone. */
final class DemoPictures {

    private DemoPictures() {}

    /** A simple drawn picture (no text): a hall with a stage, a school, or an open book, in a few palettes. */
    static byte[] picture(int kind) {
        int width = 960;
        int height = 640;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color[][] palettes = {
                {new Color(0xB71C1C), new Color(0xFFD54F)},
                {new Color(0x1565C0), new Color(0xFFF59D)},
                {new Color(0x2E7D32), new Color(0xFFE082)},
                {new Color(0x6A1B9A), new Color(0xFFCC80)}
            };
            Color[] p = palettes[kind % palettes.length];
            g.setPaint(new GradientPaint(0, 0, p[0].brighter(), 0, height, p[0].darker()));
            g.fillRect(0, 0, width, height);
            switch (kind % 3) {
                case 0 -> {
                    // A congress hall: the stage, the flag with its star, rows of seats.
                    g.setColor(new Color(0x8D0000));
                    g.fillRect(80, 80, 800, 300);
                    g.setColor(p[1]);
                    g.fill(star(480, 200, 80, 32));
                    g.setColor(new Color(0x3E2723));
                    for (int row = 0; row < 4; row++) {
                        for (int seat = 0; seat < 12; seat++) {
                            g.fillRoundRect(100 + seat * 64, 420 + row * 52, 44, 34, 10, 10);
                        }
                    }
                }
                case 1 -> {
                    // A school building under the sun.
                    g.setColor(p[1]);
                    g.fillOval(760, 60, 120, 120);
                    g.setColor(new Color(0xFAFAFA));
                    g.fillRect(160, 260, 640, 300);
                    g.setColor(new Color(0xC62828));
                    g.fillPolygon(new int[] {130, 480, 830}, new int[] {270, 130, 270}, 3);
                    g.setColor(new Color(0x1E88E5));
                    for (int w = 0; w < 6; w++) {
                        g.fillRect(200 + w * 100, 310, 60, 60);
                        g.fillRect(200 + w * 100, 420, 60, 60);
                    }
                    g.setColor(new Color(0x5D4037));
                    g.fillRect(450, 470, 60, 90);
                }
                default -> {
                    // An open book.
                    g.setColor(new Color(0xFFFDE7));
                    g.fillPolygon(new int[] {120, 480, 480, 120}, new int[] {180, 230, 540, 490}, 4);
                    g.fillPolygon(new int[] {840, 480, 480, 840}, new int[] {180, 230, 540, 490}, 4);
                    g.setColor(new Color(0x9E9E9E));
                    for (int line = 0; line < 8; line++) {
                        g.drawLine(160, 230 + line * 32, 440, 270 + line * 32);
                        g.drawLine(520, 270 + line * 32, 800, 230 + line * 32);
                    }
                    g.setColor(p[1]);
                    g.fill(star(480, 110, 50, 20));
                }
            }
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Polygon star(int cx, int cy, int outer, int inner) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            int r = i % 2 == 0 ? outer : inner;
            star.addPoint((int) Math.round(cx + r * Math.cos(angle)), (int) Math.round(cy - r * Math.sin(angle)));
        }
        return star;
    }
}
