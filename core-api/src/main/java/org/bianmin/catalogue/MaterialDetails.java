package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * The national-platform elements of one material beyond what every material has (GB/T 39554.2:
 * 来源渠道, 容缺, 电子材料, 纸质材料规格, 空白表格, 设定依据).
 *
 * @param source      where it comes from; {@code SHARED_BY_PLATFORM} means it is not asked of the applicant
 * @param deferrable  whether it may follow after acceptance (容缺受理); never for a shared material
 * @param electronic  whether an electronic version (电子证照, scan) is accepted instead of paper
 * @param paperSize   the paper size (纸质材料规格, e.g. A4), or null
 * @param blankForm   the name or reference of the blank form (空白表格), or null
 * @param legalBasis  the legal basis for asking it (材料设定依据), or null
 */
public record MaterialDetails(MaterialSource source, boolean deferrable, boolean electronic, String paperSize,
        String blankForm, String legalBasis) {
    /** No details: brought by the applicant, on paper, nothing else said. */
    public static final MaterialDetails NONE = new MaterialDetails(MaterialSource.APPLICANT, false, false, null, null,
            null);

    public MaterialDetails {
        source = source == null ? MaterialSource.APPLICANT : source;
        if (source == MaterialSource.SHARED_BY_PLATFORM && deferrable) {
            throw BianminException.invalid("a material the platform obtains by data sharing is not asked of the"
                    + " applicant, so it cannot be handed in later (容缺): choose one of the two");
        }
        paperSize = Checks.optionalText(paperSize);
        blankForm = Checks.optionalText(blankForm);
        legalBasis = Checks.optionalText(legalBasis);
    }

    /** Whether the applicant hands it in (not 免提交). */
    public boolean askedOfApplicant() {
        return source != MaterialSource.SHARED_BY_PLATFORM;
    }
}
