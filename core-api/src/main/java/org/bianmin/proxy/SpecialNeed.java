package org.bianmin.proxy;

/**
 * Why an applicant needs special service (plan task 15: 老、弱、病、残、幼等特殊对象).
 */
public enum SpecialNeed {
    /** 老年人. */
    ELDERLY,
    /** 患病. */
    SICK,
    /** 残疾人. */
    DISABLED,
    /** 未成年人. */
    MINOR
}
