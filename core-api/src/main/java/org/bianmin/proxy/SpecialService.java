package org.bianmin.proxy;

/**
 * How a special-needs applicant was served (plan task 15: 上门服务和代办服务, 全程代为办理).
 * docs/requirements.md K-SPECIAL.
 */
public enum SpecialService {
    /** 上门服务: the agent went to the applicant. */
    HOME_SERVICE,
    /** 全程代办: the agent handled the whole case for the applicant. */
    FULL_PROXY
}
