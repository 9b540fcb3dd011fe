package org.bianmin.seal.internal.ofdseal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Paragraph;

/**
 * Unsigned OFD documents (版式文档) to seal, written by ofdrw-layout: a producer that is not ours, so
 * that the sealer is tested on packages laid out the way another implementation lays them out (one
 * TextObject per line, fonts named and not embedded, ofdrw's file names). A4 pages, black text only,
 * so any red on a rendered page is a seal's. Coordinates are millimetres from the page's top left.
 * ofdrw-layout silently drops an absolutely placed paragraph whose box is lower than its lines
 * (about 1.6 times the font size each), hence the generous heights.
 */
public final class TestDocuments {
    /** The issuing unit (发文单位) named in {@link #approvalNotice()}. */
    public static final String UNIT = "泸定县冷碛镇人民政府";
    /** The keyword (盖章处, "seal here") that marks where the seal goes. */
    public static final String SEAL_HERE = "盖章处";
    /** Where {@link #approvalNotice()} writes {@link #SEAL_HERE}: left, top, width, height in mm. */
    public static final double[] SEAL_HERE_BOX = {150, 250, 30, 9};

    private static final double FONT = 4.2;

    private TestDocuments() {
    }

    /**
     * One A4 page: an approval decision (准予行政许可决定书) of {@link #UNIT}, which is named twice (the
     * heading and the signature block), with {@link #SEAL_HERE} once, below the signature block at the
     * bottom right ({@link #SEAL_HERE_BOX}).
     */
    public static byte[] approvalNotice() {
        return write(doc -> {
            VirtualPage page = new VirtualPage(PageLayout.A4());
            page.add(new Paragraph(70, 25, 100, 14, UNIT, 7.0));
            page.add(new Paragraph(78, 40, 90, 12, "准予行政许可决定书", 6.0));
            page.add(new Paragraph(80, 54, 60, 9, "冷碛审批〔2026〕12号", FONT));
            page.add(new Paragraph(25, 65, 160, 9, "申请人张德明：", FONT));
            page.add(new Paragraph(25, 73, 160, 40, "你于2026年11月20日提出的个体工商户设立登记申请，经审查，"
                    + "申请材料齐全，符合法定形式，根据《中华人民共和国行政许可法》第三十八条第一款的规定，"
                    + "决定准予行政许可。", FONT));
            page.add(new Paragraph(25, 115, 160, 20, "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，"
                    + "或者在六个月内依法提起行政诉讼。", FONT));
            page.add(new Paragraph(130, 225, 60, 9, UNIT, FONT));
            page.add(new Paragraph(135, 235, 50, 9, "2026年12月6日", FONT));
            page.add(new Paragraph(SEAL_HERE_BOX[0], SEAL_HERE_BOX[1], SEAL_HERE_BOX[2], SEAL_HERE_BOX[3],
                    SEAL_HERE, FONT));
            doc.addVPage(page);
        });
    }

    /** Three A4 pages, each headed "第 n 页，共 3 页" ("page n of 3") with a line of body text. */
    public static byte[] threePages() {
        return write(doc -> {
            for (int n = 1; n <= 3; n++) {
                VirtualPage page = new VirtualPage(PageLayout.A4());
                page.add(new Paragraph(25, 25, 160, 10, "第 " + n + " 页，共 3 页", 5.0));
                page.add(new Paragraph(25, 40, 160, 20, "本页为多页文档骑缝章测试的第" + n + "页。", FONT));
                doc.addVPage(page);
            }
        });
    }

    private interface Layout {
        void lay(OFDDoc doc) throws IOException;
    }

    private static byte[] write(Layout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OFDDoc doc = new OFDDoc(out)) {
            layout.lay(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
