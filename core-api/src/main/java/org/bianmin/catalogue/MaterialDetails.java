package org.bianmin.catalogue;

import org.bianmin.core.BianminException;
import org.bianmin.core.Checks;

/**
 * The national-platform elements of one material beyond what every material has (GB/T 39554.2:
 * 来源渠道, 材料必要性, 电子材料, 纸质材料规格, 空白表格, 设定依据).
 *
 * @param source      where it comes from; {@code SHARED_BY_PLATFORM} means it is not asked of the applicant
 * @param necessity   必要, 容缺 (may follow after acceptance, 容缺受理; never for a shared material) or
 *                    非必要; null is 必要
 * @param electronic  whether an electronic version (电子证照, scan) is accepted instead of paper
 * @param paperSize   the paper size (纸质材料规格, e.g. A4), or null
 * @param blankForm   the name or reference of the blank form (空白表格), or null
 * @param legalBasis  the legal basis for asking it (材料设定依据), or null
 */
public record MaterialDetails(MaterialSource source, MaterialNecessity necessity, boolean electronic,
        String paperSize, String blankForm, String legalBasis) {
    /** No details: brought by the applicant, necessary, on paper, nothing else said. */
    public static final MaterialDetails NONE = new MaterialDetails(MaterialSource.APPLICANT, MaterialNecessity.REQUIRED,
            false, null, null, null);

    public MaterialDetails {
        source = source == null ? MaterialSource.APPLICANT : source;
        necessity = necessity == null ? MaterialNecessity.REQUIRED : necessity;
        if (source == MaterialSource.SHARED_BY_PLATFORM && necessity == MaterialNecessity.DEFERRABLE) {
            throw BianminException.invalid("a material the platform obtains by data sharing is not asked of the"
                    + " applicant, so it cannot be handed in later (容缺): choose one of the two");
        }
        paperSize = Checks.optionalText(paperSize);
        blankForm = Checks.optionalText(blankForm);
        legalBasis = Checks.optionalText(legalBasis);
    }

    /**
     * Details with the necessity given as 容缺 or not (then 必要), as before 非必要 had its own value.
     *
     * @param deferrable whether it may follow after acceptance (容缺受理)
     */
    public MaterialDetails(MaterialSource source, boolean deferrable, boolean electronic, String paperSize,
            String blankForm, String legalBasis) {
        this(source, deferrable ? MaterialNecessity.DEFERRABLE : MaterialNecessity.REQUIRED, electronic, paperSize,
                blankForm, legalBasis);
    }

    /** Whether it may follow after acceptance (容缺受理): its necessity is {@code DEFERRABLE}. */
    public boolean deferrable() {
        return necessity == MaterialNecessity.DEFERRABLE;
    }

    /** Whether the applicant hands it in (not 免提交). */
    public boolean askedOfApplicant() {
        return source != MaterialSource.SHARED_BY_PLATFORM;
    }
}
